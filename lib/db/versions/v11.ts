import type { Contact } from '../../schema/contact';
import { cardChunksOf } from '../queue-cards-middleware';
import type { SchemaVersion } from './types';

// Scale (issue 13). Chromium's IndexedDB costs about as much per row as per kilobyte read: the queue's cadence
// people (a cadence of their own or a tagged one, often a thousand or more) cost a row each. The queue cards keep
// what the queue reads of them (lib/engine/queue-contact.ts) in a few rows (lib/db/queue-cards-middleware.ts keeps
// them current on every write); existing people get theirs here. (As first shipped a card also held the person's
// summary; v13 took it out, and this upgrade makes the cards as they are now.)
export const v11: SchemaVersion = {
  version: 11,
  stores: { queueCards: 'chunk' },
  async upgrade(tx) {
    await tx.table('queueCards').bulkPut(cardChunksOf((await tx.table('contacts').toArray()) as Contact[]));
  },
};
