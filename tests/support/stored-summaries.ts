import type { RapportDatabase } from '../../lib/db/database';
import { openIn, summariesIn, summariesOf } from '../../lib/db/summary-store';
import type { ContactSummary, OpenFollowUp } from '../../lib/engine/contact-summary';
import { queueRowsPart } from './queue-rows';

const byContact = <T extends { contactId: string }>(rows: T[]) =>
  rows.sort((a, b) => a.contactId.localeCompare(b.contactId));

/** Every summary the database holds (lib/db/summary-store.ts), by person id. */
export async function storedSummaries(db: RapportDatabase): Promise<ContactSummary[]> {
  return byContact(summariesIn(await db.summaryBuckets.toArray()));
}

/** One person's stored summary; undefined if they have none. */
export async function storedSummary(
  db: RapportDatabase,
  contactId: string,
): Promise<ContactSummary | undefined> {
  const [summary] = await summariesOf((keys) => db.summaryBuckets.bulkGet(keys), [contactId]);
  return summary;
}

/** Every open follow-up the database holds, by person id. */
export async function storedOpenFollowUps(db: RapportDatabase): Promise<OpenFollowUp[]> {
  return byContact(openIn(await queueRowsPart(db, 'openWeeks').toArray()));
}
