import type { ImportedThread } from '../imported-threads';
import { bucketsOf } from '../thread-buckets';
import type { SchemaVersion } from './types';

// Import speed (issue 13, item 2). Imported history was one row per person (v16 to v19), and Chromium's IndexedDB costs
// ~0.16 ms per row written whatever its size: 30,000 people's threads took 5–5.9 s to put even with IndexedDB alone,
// the same threads in 300 rows 0.64–0.82 s. They are now kept in a fixed number of rows, each person's in the bucket
// of their id (lib/db/thread-buckets.ts); the threads themselves do not change, nor do the summaries made from them.
export const v20: SchemaVersion = {
  version: 20,
  stores: { threads: null, threadBuckets: 'bucket, lastAt' },
  async upgrade(tx) {
    // The summary middleware folds the threads into their people's summaries as they are put: a summary that
    // holds them already does not change (nothing is written), and one an older upgrade in the same open made from
    // the logged rows alone (v16 moves imported rows out of what this code's middleware watches) gets them back.
    const threads: ImportedThread[] = await tx.table('threads').toArray();
    if (threads.length) await tx.table('threadBuckets').bulkPut(bucketsOf(threads));
  },
};
