import type { Contact } from '../../schema/contact';
import { candidateKeys, type MutualMatch, matchMutuals } from '../../social/mutual-match';
import type { RapportDatabase } from '../database';
import { idsWithWords } from '../search-word-rows';

/** A profile shows at most a handful of names; a common surname among them should not read half the table. */
const CANDIDATE_LIMIT = 200;

/**
 * The contacts a profile's shown mutual connections may be, resolved with the user's earlier answers for that
 * profile: one read of the search-word rows for the names' last words, one of the choices by profile.
 */
export async function loadMutualMatches(
  db: RapportDatabase,
  profileId: string,
  shownNames: readonly string[],
): Promise<MutualMatch[]> {
  const keys = candidateKeys(shownNames);
  if (keys.length === 0) return [];
  const [ids, choices] = await Promise.all([
    idsWithWords((prefixes) => db.searchWordRows.bulkGet(prefixes), keys),
    db.mutualChoices.where('profileId').equals(profileId).toArray(),
  ]);
  const candidates = await db.contacts.bulkGet(
    ids.filter((id) => id !== profileId).slice(0, CANDIDATE_LIMIT),
  );
  const others = candidates.filter((contact): contact is Contact => !!contact);
  return matchMutuals(
    shownNames,
    others,
    new Map(choices.map((choice) => [choice.shownKey, choice.contactId])),
  );
}
