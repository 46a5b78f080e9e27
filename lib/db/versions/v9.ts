import type { Contact } from '../../schema/contact';
import type { SchemaVersion } from './types';

// Connections from exports without profile addresses (issue 13): such a person is kept under a key of their own
// until a visit to their page joins the two records; the joined record remembers the old key (`aliases`, indexed)
// so that importing the same old export again finds them, and the records the user said are someone else.
export const v9: SchemaVersion = {
  version: 9,
  stores: {
    contacts:
      'id, name, company, lastSeenAt, lastInteractionAt, cadenceDays, *tags, *searchWords, roleChangedAt, *aliases',
  },
  async upgrade(tx) {
    await tx
      .table('contacts')
      .toCollection()
      .modify((contact: Partial<Contact>) => {
        contact.aliases ??= [];
        contact.notSameAs ??= [];
      });
  },
};
