import type { Contact } from '../../schema/contact';
import { lastContactsOf } from '../last-contacts';
import type { SchemaVersion } from './types';

// Scale (issue 13, item 3). The default cadence read up to 200 whole contacts on every open of the queue for two
// numbers each (who, and when last contacted). Each person's last contact now has a small row of its own, indexed
// by when (lib/db/last-contacts.ts), kept by the queue cards' middleware; existing people get theirs here.
export const v18: SchemaVersion = {
  version: 18,
  stores: { lastContacts: 'id, at' },
  async upgrade(tx) {
    await tx
      .table('lastContacts')
      .bulkPut(lastContactsOf((await tx.table('contacts').toArray()) as Contact[]));
  },
};
