import { NetworkLink } from '../social/NetworkLink';

/**
 * The side panel's title, links and search box, above the queue. ./first-paint.ts paints the same markup before
 * React has loaded (tests/component/first-paint.test.tsx holds the two equal).
 */
export function PanelHeader({ query, onQuery }: { query: string; onQuery: (query: string) => void }) {
  return (
    <>
      <div className="spread">
        <h1>Follow-ups</h1>
        <div className="row">
          <NetworkLink />
          <a href="/options.html" target="_blank" rel="noreferrer" className="small">
            Settings
          </a>
        </div>
      </div>
      <input
        type="search"
        aria-label="Search people"
        placeholder="Search name, company, tag, headline or place"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
      />
    </>
  );
}
