import type { Contact } from '../../schema/contact';
import { candidateKeys, type MutualMatch, matchMutuals } from '../../social/mutual-match';
import type { RapportDatabase } from '../database';

/** A profile shows at most a handful of names; a common surname among them should not read half the table. */
const CANDIDATE_LIMIT = 200;

/**
 * The contacts a profile's shown mutual connections may be, resolved with the user's earlier answers for that
 * profile: one read of the search-words index for the names' last words, one of the choices by profile.
 */
export async function loadMutualMatches(
  db: RapportDatabase,
  profileId: string,
  shownNames: readonly string[],
): Promise<MutualMatch[]> {
  const keys = candidateKeys(shownNames);
  if (keys.length === 0) return [];
  const [candidates, choices] = await Promise.all([
    db.contacts.where('searchWords').anyOf(keys).distinct().limit(CANDIDATE_LIMIT).toArray(),
    db.mutualChoices.where('profileId').equals(profileId).toArray(),
  ]);
  const others = candidates.filter((contact: Contact) => contact.id !== profileId);
  return matchMutuals(
    shownNames,
    others,
    new Map(choices.map((choice) => [choice.shownKey, choice.contactId])),
  );
}
