import { useEffect } from 'react';
import { WHY, whyAnchor } from '../../lib/why/principles';

/** The principles Rapport applies, in our own words, each with an anchor that hints and nudges link to. */
export function WhyPage() {
  // Opened at a principle ("why.html#be-aware-of-tone"): the entries are drawn after the browser looked for the
  // anchor, so go to it once they are there. Later "Why?" clicks change only the hash, which the browser follows.
  useEffect(() => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    target?.scrollIntoView();
  }, []);
  return (
    <main className="page">
      <h1>Why Rapport does what it does</h1>
      <p className="lead">
        Every hint, nudge and follow-up names the principle it serves. These are the ideas of a short
        whitepaper on the psychology of networking, in our own words.
      </p>
      <nav className="toc" aria-label="Principles">
        <ol>
          {WHY.map((entry) => (
            <li key={entry.section}>
              <a href={`#${whyAnchor(entry.section)}`}>{entry.section}</a>
            </li>
          ))}
        </ol>
      </nav>
      {WHY.map((entry) => (
        <section
          key={entry.section}
          id={whyAnchor(entry.section)}
          className="why-entry"
          aria-labelledby={`${whyAnchor(entry.section)}-h`}
        >
          <h2 id={`${whyAnchor(entry.section)}-h`}>{entry.section}</h2>
          <p className="muted small">From the whitepaper: {entry.source}</p>
          <p>{entry.idea}</p>
          <p>
            <strong>In Rapport:</strong> {entry.inRapport}
          </p>
        </section>
      ))}
    </main>
  );
}
