import type Dexie from 'dexie';
import type { DatedChunk } from '../../lib/db/dated-commitments';
import type { QueueCardChunk } from '../../lib/db/queue-cards-middleware';
import { partRange, QUEUE_ROWS, type QueueRowPart, storedRow } from '../../lib/db/queue-rows';
import type { OpenWeek } from '../../lib/db/summary-store';

interface RowOf {
  openWeeks: OpenWeek;
  datedCommitments: DatedChunk;
  queueCards: QueueCardChunk;
}

/**
 * One kind of the queue's rows as a test reads and writes them: in their own store on a database older than v27,
 * in their part of the queue's rows (lib/db/queue-rows.ts) from v27 on, without the key the store adds.
 */
export function queueRowsPart<P extends QueueRowPart>(db: Dexie, part: P) {
  type Row = RowOf[P];
  if (db.tables.some((table) => table.name === part)) {
    const own = db.table<Row>(part);
    return {
      toArray: () => own.toArray(),
      count: () => own.count(),
      clear: () => own.clear(),
      bulkPut: (rows: readonly Row[]) => own.bulkPut([...rows]).then(() => undefined),
    };
  }
  const { lower, upper } = partRange(part);
  const inPart = () => db.table(QUEUE_ROWS).where(':id').between(lower, upper, true, true);
  return {
    toArray: async () => (await inPart().toArray()).map(({ key: _, ...row }) => row as Row),
    count: () => inPart().count(),
    clear: () =>
      inPart()
        .delete()
        .then(() => undefined),
    bulkPut: (rows: readonly Row[]) =>
      db
        .table(QUEUE_ROWS)
        .bulkPut(rows.map((row) => storedRow(part, row)))
        .then(() => undefined),
  };
}
