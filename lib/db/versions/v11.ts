import type { ContactSummary } from '../../engine/contact-summary';
import { isCarded } from '../../engine/queue-contact';
import type { Contact } from '../../schema/contact';
import { cardChunksOf } from '../queue-cards-middleware';
import type { SchemaVersion } from './types';

// Scale (issue 13). Chromium's IndexedDB costs about as much per row as per kilobyte read: the queue's cadence
// people (a cadence of their own or a tagged one, often a thousand or more) cost a row each, and a row each for
// their summary. The queue cards keep what the queue reads of them (lib/engine/queue-contact.ts) and their summary
// in a few rows (lib/db/queue-cards-middleware.ts keeps them current on every write); existing people get theirs here.
export const v11: SchemaVersion = {
  version: 11,
  stores: { queueCards: 'chunk' },
  async upgrade(tx) {
    const people = ((await tx.table('contacts').toArray()) as Contact[]).filter(isCarded);
    const summaries = (await tx.table('summaries').bulkGet(people.map((c) => c.id))) as (
      | ContactSummary
      | undefined
    )[];
    const byId = new Map(summaries.filter((s) => s !== undefined).map((s) => [s.contactId, s]));
    await tx.table('queueCards').bulkPut(cardChunksOf(people, (id) => byId.get(id)));
  },
};
