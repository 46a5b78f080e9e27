import { useEffect, useState } from 'react';
import { database } from '../../lib/db/page-database';
import { loadNetworkData } from '../../lib/db/queries/network-data';
import { computeNetwork, type NetworkPicture } from '../../lib/social/network';
import { useSettings } from '../shared/use-settings';
import { BalanceChart } from './BalanceChart';
import { BarChart } from './BarChart';
import { SuggestionLine } from './SuggestionLine';
import { TieDonut } from './TieDonut';

/** Marks the bench reads (scripts/bench/network-chromium.bench.ts): start, data read, computed, charts on screen. */
const mark = (name: string) => performance.mark(`network:${name}`);

/**
 * Your network at a glance: every picture drawn from local data only, each with one suggestion tied to the
 * whitepaper. Read once when the page opens (a network changes slowly; reload to refresh).
 */
export function NetworkPage() {
  const { weakTieDays } = useSettings();
  const [picture, setPicture] = useState<NetworkPicture | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const now = Date.now();
    mark('start');
    loadNetworkData(database(), now).then(
      (data) => {
        mark('loaded');
        setPicture(computeNetwork({ ...data, now, weakTieDays }));
        mark('computed');
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }, [weakTieDays]);
  useEffect(() => {
    if (picture) mark('rendered');
  }, [picture]);

  if (error)
    return (
      <main className="network">
        <p className="error">{error}</p>
      </main>
    );
  if (!picture)
    return (
      <main className="network" aria-busy="true">
        <h1>Your network</h1>
        <p className="muted">Reading your contacts…</p>
      </main>
    );
  return (
    <main className="network">
      <h1>Your network at a glance</h1>
      <p className="muted">
        {picture.total.toLocaleString('en')} people, from what Rapport stores in this browser. Nothing leaves
        your device.
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
