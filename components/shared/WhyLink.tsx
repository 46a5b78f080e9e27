import { whyAnchor } from '../../lib/why/principles';

/**
 * The principle behind a hint or nudge, as a link to its entry on the "Why?" page rather than a bare label.
 * Extension pages open it in a new tab, so the popup or panel keeps its state.
 */
export function WhyLink({ section, children }: { section: string; children?: string }) {
  return (
    <a className="why-link" href={`/why.html#${whyAnchor(section)}`} target="_blank" rel="noreferrer">
      {children ?? section}
    </a>
  );
}
