import type { Interaction } from '../../schema/interaction';
import { isImportedRow, threadsOf } from '../imported-threads';
import type { SchemaVersion } from './types';

// Scale (issue 13, item 2). An import wrote one row per message, and IndexedDB's cost per row (~0.1 ms in Chromium
// with the interactions' indexes) made 200,000 messages take 30 s or more to save. Imported history is now one row
// per person (lib/db/imported-threads.ts); what is logged or captured live stays in `interactions`. Rows imported
// before move into their people's threads; the summaries stay as they were (they are made from both).
export const v16: SchemaVersion = {
  version: 16,
  stores: { threads: 'contactId, lastAt' },
  async upgrade(tx) {
    const interactions = tx.table('interactions');
    const imported: Interaction[] = await interactions.filter(isImportedRow).toArray();
    if (!imported.length) return;
    await tx.table('threads').bulkPut(threadsOf(imported));
    await interactions.bulkDelete(imported.map((row) => row.id));
  },
};
