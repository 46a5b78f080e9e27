import type { Contact } from '../../schema/contact';
import { NETWORK_KINDS, NETWORK_WINDOW_MS, type NetworkRow } from '../../social/network';
import { type NetworkState, networkStateOf } from '../../social/network-snapshot';
import type { RapportDatabase } from '../database';
import { entriesOf, type ImportedThread } from '../imported-threads';
import { THREAD_TABLE, threadPagesSince, threadsSince } from '../thread-store';

const NETWORK_KIND_SET = new Set(NETWORK_KINDS);

/** The exchanges of the window in imported threads (each read whole: a thread is one person's history). */
function threadExchanges(threads: readonly ImportedThread[], from: number, to: number): NetworkRow[] {
  return threads
    .flatMap((thread) => entriesOf(thread))
    .filter((row) => NETWORK_KIND_SET.has(row.kind) && row.at >= from && row.at <= to);
}

export interface NetworkData {
  contacts: Contact[];
  interactions: NetworkRow[];
}

/**
 * Everyone, and the year's exchanges: logged ones through the [kind+at] index (visits, by far the most rows, are not
 * read), imported ones from the threads of people in touch within the year.
 */
export async function loadNetworkData(db: RapportDatabase, now: number): Promise<NetworkData> {
  return db.transaction('r', db.contacts, db.interactions, THREAD_TABLE, async () => {
    const from = now - NETWORK_WINDOW_MS;
    const [contacts, interactions, threads] = await Promise.all([
      db.contacts.toArray(),
      Promise.all(
        NETWORK_KINDS.map((kind) =>
          db.interactions.where('[kind+at]').between([kind, from], [kind, now], true, true).toArray(),
        ),
      ),
      threadsSince(db, from),
    ]);
    return { contacts, interactions: [...interactions.flat(), ...threadExchanges(threads, from, now)] };
  });
}

/** The stored picture and the markers beside it: the few rows of the `network` table. */
export async function loadNetworkState(db: RapportDatabase): Promise<NetworkState> {
  return networkStateOf(await db.network.toArray());
}

/** Rows per IndexedDB request when the background draws: each page is a short task, messages are served between. */
export const NETWORK_PAGE_ROWS = 1_000;

/**
 * What `loadNetworkData` reads, a page at a time: the window's logged exchanges first, kind by kind, in time ranges
 * halved until each holds at most `pageRows` (counting a range is cheap; rows within one millisecond are not split),
 * then the imported ones, a few buckets of threads at a time (lib/db/thread-store.ts), then everyone in primary-key order. Each page is its own short transaction, so a page's rows are as
 * they were when it was read: the caller marks when its read began (the network markers say what changed since).
 */
export async function* networkDataPages(
  db: RapportDatabase,
  now: number,
  pageRows = NETWORK_PAGE_ROWS,
): AsyncGenerator<{ interactions: NetworkRow[] } | { contacts: Contact[] }> {
  for (const kind of NETWORK_KINDS) {
    // [from, to], the upper end included or not: halves are [from, middle) and [middle, to].
    const ranges: [number, number, boolean][] = [[now - NETWORK_WINDOW_MS, now, true]];
    while (ranges.length) {
      const [from, to, toIncluded] = ranges.pop()!;
      const range = () =>
        db.interactions.where('[kind+at]').between([kind, from], [kind, to], true, toIncluded);
      const rows = await range().count();
      if (!rows) continue;
      const middle = Math.floor((from + to) / 2);
      if (rows > pageRows && middle > from) {
        // The later half pushed first: pages come out oldest first.
        ranges.push([middle, to, toIncluded], [from, middle, false]);
        continue;
      }
      yield { interactions: await range().toArray() };
    }
  }
  // Imported exchanges: the threads of the window, a few buckets at a time.
  const from = now - NETWORK_WINDOW_MS;
  for await (const threads of threadPagesSince(db, from)) {
    const rows = threadExchanges(threads, from, now);
    if (rows.length) yield { interactions: rows };
  }
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined
      ? db.contacts.orderBy(':id')
      : db.contacts.where(':id').above(after)
    )
      .limit(pageRows)
      .toArray();
    if (page.length) yield { contacts: page };
    if (page.length < pageRows) return;
    after = page.at(-1)!.id;
  }
}
