import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/page-database';
import type { Contact } from '../../lib/schema/contact';
import type { OwnProfile } from '../../lib/schema/own-profile';

/**
 * One person's record, kept current as the background writes it: `undefined` while it is read, `null` when there
 * is no such person (no id, never captured, or deleted while shown).
 */
export function useContact(id: string | null): Contact | null | undefined {
  return useLiveQuery(async () => (id ? ((await database().contacts.get(id)) ?? null) : null), [id]);
}

/** The user's own profile (what shared ground is measured against): `undefined` while read, `null` when unset. */
export function useOwnProfile(): OwnProfile | null | undefined {
  return useLiveQuery(async () => (await database().ownProfile.get('me')) ?? null, []);
}
