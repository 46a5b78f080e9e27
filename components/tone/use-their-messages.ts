import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import { theirMessagesSince } from '../../lib/db/queries/their-messages-since';
import type { Contact } from '../../lib/schema/contact';
import type { HeardMessage } from '../../lib/schema/heard-message';

/** Their messages read in the conversation since the user last wrote to them (none without a contact). */
export function useTheirMessages(contact: Contact | null | undefined): HeardMessage[] | undefined {
  return useLiveQuery(
    async () => (contact ? theirMessagesSince(database(), contact.id, Date.now()) : []),
    [contact?.id],
  );
}
