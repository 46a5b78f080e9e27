import { QUEUE_ROW_PARTS, QUEUE_ROWS, type QueueRowPart, storedRow } from '../queue-rows';
import type { SchemaVersion } from './types';

const PARTS = Object.keys(QUEUE_ROW_PARTS) as QueueRowPart[];

// Scale (issue 13, item 3). The queue read its derived rows (the open follow-ups' weeks, the dated commitments'
// rows, the queue cards) in three requests, each of their own store; Chromium answers the same rows in one request
// in about half the time (lib/db/queue-rows.ts). The three are now one store, each row under [its part, its own
// key], moved as they are.
export const v27: SchemaVersion = {
  version: 27,
  stores: { [QUEUE_ROWS]: 'key', ...Object.fromEntries(PARTS.map((part) => [part, null])) },
  async upgrade(tx) {
    for (const part of PARTS) {
      const rows = (await tx.table(part).toArray()) as object[];
      await tx.table(QUEUE_ROWS).bulkPut(rows.map((row) => storedRow(part, row)));
    }
  },
};
