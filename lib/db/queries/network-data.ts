import type { Contact } from '../../schema/contact';
import { NETWORK_KINDS, NETWORK_WINDOW_MS, type NetworkRow } from '../../social/network';
import { type NetworkState, networkStateOf } from '../../social/network-snapshot';
import type { RapportDatabase } from '../database';

export interface NetworkData {
  contacts: Contact[];
  interactions: NetworkRow[];
}

/** Everyone, and the year's exchanges through the [kind+at] index (visits, by far the most rows, are not read). */
export async function loadNetworkData(db: RapportDatabase, now: number): Promise<NetworkData> {
  return db.transaction('r', db.contacts, db.interactions, async () => {
    const [contacts, interactions] = await Promise.all([
      db.contacts.toArray(),
      Promise.all(
        NETWORK_KINDS.map((kind) =>
          db.interactions
            .where('[kind+at]')
            .between([kind, now - NETWORK_WINDOW_MS], [kind, now], true, true)
            .toArray(),
        ),
      ),
    ]);
    return { contacts, interactions: interactions.flat() };
  });
}

/** The stored picture and the markers beside it: the few rows of the `network` table. */
export async function loadNetworkState(db: RapportDatabase): Promise<NetworkState> {
  return networkStateOf(await db.network.toArray());
}

/** Rows per IndexedDB request when the background draws: each page is a short task, messages are served between. */
export const NETWORK_PAGE_ROWS = 1_000;

/**
 * What `loadNetworkData` reads, a page at a time: the window's exchanges first, kind by kind, in time ranges halved
 * until each holds at most `pageRows` (counting a range is cheap; rows within one millisecond are not split), then everyone in primary-key order. Each page is its own short transaction, so a page's rows are as
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
