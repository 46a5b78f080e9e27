import type { Commitment } from '../../schema/commitment';
import type { Contact } from '../../schema/contact';
import { DATED_STORE, datedChunksOf } from '../dated-commitments';
import type { SchemaVersion } from './types';

// The queue's read of the people it shows (issue 13, item 3): a promise's row needed its person's whole contact
// read, one request each (40 of the 80 the side panel shows at the bench's shapes). The dated commitments' rows
// now also keep the name and page of the people they point at (lib/db/dated-commitments.ts); they are made again
// from the commitments and contacts stored.
export const v24: SchemaVersion = {
  version: 24,
  stores: {},
  async upgrade(tx) {
    const commitments = (await tx.table('commitments').toArray()) as Commitment[];
    const ids = [...new Set(commitments.map((commitment) => commitment.contactId))];
    const contacts = new Map(
      ((await tx.table('contacts').bulkGet(ids)) as (Contact | undefined)[]).flatMap((contact) =>
        contact ? [[contact.id, contact] as const] : [],
      ),
    );
    await tx.table(DATED_STORE).clear();
    await tx.table(DATED_STORE).bulkPut(datedChunksOf(commitments, (id) => contacts.get(id)));
  },
};
