import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Contact } from '../schema/contact';

/** The table of last contacts (schema v18). */
export const LAST_CONTACTS = 'lastContacts';

/**
 * When a person was last contacted (their contact's lastInteractionAt, 0 when never), in a row of its own, indexed
 * by `at`. The default cadence reads the people last contacted within its window, up to 200 of them: as whole
 * contacts that was 129 KB at the bench's small contacts (a real one, with its experience, about and change history,
 * is several times bigger), read and decoded on the page's one thread for two values a person. These rows hold just
 * those; the people shown are read whole afterwards, as card people are. Kept by the queue cards' middleware on
 * every write of a contact (lib/db/queue-cards-middleware.ts); a row for everyone, so a write is always a put.
 */
export interface LastContact {
  id: string;
  at: number;
}

const lastContactOf = (contact: Pick<Contact, 'id' | 'lastInteractionAt'>): LastContact => ({
  id: contact.id,
  at: contact.lastInteractionAt,
});

/** The rows of these contacts: a migration's, or a check's. */
export const lastContactsOf = (contacts: readonly Contact[]): LastContact[] => contacts.map(lastContactOf);

/** Puts the rows of the contacts written. */
export async function keepLastContacts(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  written: Iterable<Contact>,
): Promise<void> {
  const values = Array.from(written, lastContactOf);
  if (values.length) await table.mutate({ type: 'put', trans, values });
}

/** Removes the rows of deleted people. */
export async function forgetLastContacts(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  ids: readonly string[],
): Promise<void> {
  if (ids.length) await table.mutate({ type: 'delete', trans, keys: [...ids] });
}
