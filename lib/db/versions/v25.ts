import { remakeCards } from '../queue-cards-middleware';
import type { SchemaVersion } from './types';

// Scale (issue 13, item 3). The queue reads every card row on each open; Chromium's IndexedDB makes a value for
// each string and array a row holds, and the bench's 32 rows held 1,490 ids and 1,490 lists of tags. The ids are
// now one string per row and each list of tags is kept once per row (lib/db/queue-cards-middleware.ts ›
// QueueCardChunk): 1.3–1.7 ms to read instead of 3.8–5.2 (two runs' medians of 150 reads, in turns, loaded).
// They are made again from the contacts.
export const v25: SchemaVersion = {
  version: 25,
  stores: {},
  upgrade: remakeCards,
};
