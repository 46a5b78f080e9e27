import type { Nudge } from '../../lib/engine/nudges/nudge';
import { WhyLink } from '../shared/WhyLink';

/**
 * The one most useful next step, with the principle behind it as a link to the "Why?" page. A first visit with
 * nothing logged says what to do first instead.
 */
export function NextStep({ nudge, firstVisit }: { nudge: Nudge | undefined; firstVisit: boolean }) {
  if (!nudge) {
    return (
      <section className="next-step card" aria-label="Next step">
        <p>
          <span className="label">Next step: </span>
          {firstVisit
            ? 'New here? Log how you met: type where below, then press Met. Rapport reminds you to follow up.'
            : 'Nothing pressing with them. A short, specific note keeps a tie warm.'}
        </p>
      </section>
    );
  }
  return (
    <section className="next-step card" aria-label="Next step">
      <p>
        <span className="label">Next step: </span>
        {nudge.text}{' '}
        <span className="small" title={nudge.why}>
          <WhyLink section={nudge.section}>{`Why? (${nudge.section})`}</WhyLink>
        </span>
      </p>
    </section>
  );
}
