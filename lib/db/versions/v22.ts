import { OPEN_STORE, SUMMARY_STORE, type SummaryBucket, storedRowsOf, summariesIn } from '../summary-store';
import type { SchemaVersion } from './types';

// The queue's read (issue 13, item 3). The open follow-ups' week rows held each start as a whole interaction, the
// person's id on it and on the follow-up again, and a blank excerpt: the queue's largest read (118 KB for 5 rows
// at 500,000 heavy interactions). A start is now stored without them, under the person's id
// (lib/db/summary-store.ts › StoredOpen): 78 KB. The rows are made again from the summaries stored.
export const v22: SchemaVersion = {
  version: 22,
  stores: {},
  async upgrade(tx) {
    const summaries = summariesIn((await tx.table(SUMMARY_STORE).toArray()) as SummaryBucket[]);
    await tx.table(OPEN_STORE).clear();
    await tx.table(OPEN_STORE).bulkPut(storedRowsOf(summaries).weeks);
  },
};
