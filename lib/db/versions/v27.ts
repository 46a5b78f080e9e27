import { QUEUE_ROW_PART_NAMES, QUEUE_ROWS, storedRow } from '../queue-rows';
import type { SchemaVersion } from './types';

// Scale (issue 13, item 3). The queue read its derived rows (the open follow-ups' weeks, the dated commitments'
// rows, the queue cards) in three requests, each of their own store; Chromium answers the same rows in one request
// in about half the time (lib/db/queue-rows.ts). The three are now one store, each row under [its part, its own
// key], moved as they are.
export const v27: SchemaVersion = {
  version: 27,
  stores: { [QUEUE_ROWS]: 'key', ...Object.fromEntries(QUEUE_ROW_PART_NAMES.map((part) => [part, null])) },
  async upgrade(tx) {
    for (const part of QUEUE_ROW_PART_NAMES) {
      const rows = (await tx.table(part).toArray()) as object[];
      await tx.table(QUEUE_ROWS).bulkPut(rows.map((row) => storedRow(part, row)));
    }
  },
};
