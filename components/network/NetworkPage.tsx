import { useEffect } from 'react';
import { userTimeZone } from '../../lib/time/calendar';
import { BalanceChart } from './BalanceChart';
import { BarChart } from './BarChart';
import { SuggestionLine } from './SuggestionLine';
import { TieDonut } from './TieDonut';
import { useNetworkPicture } from './use-network-picture';

/** Marks the bench reads (scripts/bench/network-chromium.bench.ts): script running, stored rows read, charts on screen. */
const mark = (name: string) => performance.mark(`network:${name}`);
mark('start');

const drawnAt = (at: number) =>
  new Date(at).toLocaleString([], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: userTimeZone(),
  });

/**
 * Your network at a glance: every picture drawn from local data only, each with one suggestion tied to the
 * whitepaper. The picture is drawn in the background and stored, so the page shows the last one at once and a
 * fresh one replaces it when the data has changed since.
 */
export function NetworkPage() {
  const { stored, read, drawing, error } = useNetworkPicture();
  const picture = stored?.picture;
  useEffect(() => {
    if (read) mark('read');
  }, [read]);
  useEffect(() => {
    if (picture) mark('rendered');
  }, [picture]);

  if (!picture)
    return (
      <main className="network" aria-busy={!error}>
        <h1>Your network</h1>
        {error ? (
          <p className="error">{error}</p>
        ) : (
          <p className="muted">
            {read && drawing
              ? 'Drawing your network from every contact and a year of exchanges. A big network takes a while the first time (about a minute for 50,000 people); after that this page opens at once.'
              : 'Reading your contacts…'}
          </p>
        )}
      </main>
    );
  return (
    <main className="network">
      <h1>Your network at a glance</h1>
      <p className="muted">
        {picture.total.toLocaleString('en')} people, from what Rapport stores in this browser, as of{' '}
        {drawnAt(stored.drawnFor)}. Nothing leaves your device.
      </p>
      <p className="muted" aria-live="polite">
        {error
          ? `Not brought up to date: ${error}`
          : drawing
            ? 'Bringing it up to date with your latest changes…'
            : ''}
      </p>
      {picture.total === 0 ? (
        <p>
          Import your LinkedIn connections from the options page, or open a few profiles, to see your network.
        </p>
      ) : (
        <div className="pictures">
          {picture.pictures.map((p) => (
            <section key={p.id} aria-labelledby={`picture-${p.id}`} className="picture">
              <h2 id={`picture-${p.id}`}>{p.title}</h2>
              {p.id === 'tie' ? (
                <TieDonut slices={p.slices} />
              ) : (
                <BarChart title={p.title} slices={p.slices} />
              )}
              <SuggestionLine suggestion={p.suggestion} />
            </section>
          ))}
          <section aria-labelledby="picture-balance" className="picture">
            <h2 id="picture-balance">Give and ask</h2>
            <BalanceChart balance={picture.balance} />
            <SuggestionLine suggestion={picture.balanceSuggestion} />
          </section>
        </div>
      )}
    </main>
  );
}
