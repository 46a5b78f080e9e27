import type { ContactSummary } from '../../engine/contact-summary';
import { OPEN_STORE, SUMMARY_STORE, storedRowsOf } from '../summary-store';
import type { SchemaVersion } from './types';

// Import speed (issue 13, item 2) and the queue's read (item 3). Chromium's IndexedDB costs about 0.16 ms per row
// whatever its size: an import of 30,000 people wrote 30,000 summary rows (4.5 s) and an open-follow-up row for
// each of them with one open (2.4 s). Both are now kept a few hundred people to a row (lib/db/summary-store.ts):
// the summaries in 256 rows by a hash of the person's id, the open follow-ups in a row per week they opened in,
// which the queue reads by key range over its lookback. The rows are made from the summaries stored.
export const v19: SchemaVersion = {
  version: 19,
  stores: {
    summaries: null,
    openFollowUps: null,
    [SUMMARY_STORE]: 'bucket',
    [OPEN_STORE]: 'week',
  },
  async upgrade(tx) {
    const { buckets, weeks } = storedRowsOf((await tx.table('summaries').toArray()) as ContactSummary[]);
    await tx.table(SUMMARY_STORE).bulkPut(buckets);
    await tx.table(OPEN_STORE).bulkPut(weeks);
  },
};
