import type { Nudge } from '../../lib/engine/nudges/nudge';
import { WhyLink } from '../shared/WhyLink';

/** More nudges after the first (which the popup shows as the next step), each with why and a link to the principle. */
export function NudgeList({ nudges }: { nudges: readonly Nudge[] }) {
  if (!nudges.length) return null;
  return (
    <section aria-label="More next steps">
      <h2>Also worth doing</h2>
      <ul className="plain" aria-label="Nudges">
        {nudges.map((nudge) => (
          <li key={`${nudge.id}:${nudge.text}`}>
            <p>{nudge.text}</p>
            <p className="muted small">
              {nudge.why} <WhyLink section={nudge.section}>{`Why? (${nudge.section})`}</WhyLink>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
