import type { Nudge } from '../../lib/engine/nudges/nudge';

/** Up to three nudges, each with the whitepaper section it serves and why, on hover and for screen readers. */
export function NudgeList({ nudges }: { nudges: readonly Nudge[] }) {
  if (!nudges.length) return null;
  return (
    <section aria-labelledby="nudges-heading">
      <h2 id="nudges-heading">Next steps</h2>
      <ul className="plain" aria-label="Nudges">
        {nudges.map((nudge) => (
          <li key={`${nudge.id}:${nudge.text}`}>
            <p>{nudge.text}</p>
            <p className="muted">
              {nudge.section}: {nudge.why}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
