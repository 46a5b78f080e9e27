import type { Contact } from '../../schema/contact';
import type { IntroRequest } from '../../schema/event';
import type { IntroducerInput } from '../../social/intro-ranking';
import type { MutualMatch } from '../../social/mutual-match';
import type { RapportDatabase } from '../database';
import { THREAD_TABLE } from '../thread-store';
import { historyOf } from './history-of';
import { loadMutualMatches } from './mutual-matches';

/** A year of history is what the ranking reads; a long relationship's older rows do not change who to ask. */
const HISTORY_LIMIT = 300;

export interface IntroducerData {
  matches: MutualMatch[];
  /** The matched contacts with their history, for rankIntroducers. */
  inputs: IntroducerInput[];
  /** Intro requests already drafted or sent for this profile, by introducer id. */
  intros: Map<string, IntroRequest>;
}

/** Everything the popup's "who can introduce you" reads for one profile, through indexes only. */
export async function loadIntroducers(db: RapportDatabase, target: Contact): Promise<IntroducerData> {
  return db.transaction(
    'r',
    [
      db.contacts,
      db.searchWordRows,
      db.mutualChoices,
      db.interactions,
      THREAD_TABLE,
      db.commitments,
      db.intros,
    ],
    async () => {
      const matches = await loadMutualMatches(db, target.id, target.mutualNames);
      const matched = matches.flatMap((m) => (m.status === 'matched' ? [m.contact] : []));
      const inputs = await Promise.all(
        matched.map(async (contact: Contact) => ({
          contact,
          interactions: (await historyOf(db, contact.id, HISTORY_LIMIT)).reverse(),
          commitments: await db.commitments.where('contactId').equals(contact.id).toArray(),
        })),
      );
      const intros = await db.intros.where('targetId').equals(target.id).toArray();
      return { matches, inputs, intros: new Map(intros.map((intro) => [intro.introducerId, intro])) };
    },
  );
}
