import { summaryHistory } from '../../engine/contact-summary';
import { specificsFor } from '../../engine/specifics';
import type { Specific } from '../../engine/types';
import type { RapportDatabase } from '../database';
import { summariesOf } from '../summary-store';

/**
 * What to mention to one person in a follow-up at `now` (where you met, your last note, what they shared, their role):
 * read when their row in the queue is opened, not with the queue (./load-queue.ts), whose open then needs one request
 * fewer per row shown. Out of their whole history, as the queue over every table says it (lib/engine/queue.ts).
 */
export async function specificsOf(db: RapportDatabase, contactId: string, now: number): Promise<Specific[]> {
  const [contact, [summary]] = await db.transaction('r', db.contacts, db.summaryBuckets, () =>
    Promise.all([
      db.contacts.get(contactId),
      summariesOf((keys) => db.summaryBuckets.bulkGet(keys), [contactId]),
    ]),
  );
  if (!contact) return [];
  return specificsFor(
    contact,
    summaryHistory(summary).filter((interaction) => interaction.at <= now),
  );
}
