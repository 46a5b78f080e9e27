import type { Contact } from '../../schema/contact';
import { remakeCards } from '../queue-cards-middleware';
import { OPEN_STORE, SUMMARY_STORE, type SummaryBucket, storedRowsOf, summariesIn } from '../summary-store';
import type { SchemaVersion } from './types';

// The queue's read of the people it shows (issue 13, item 3): after the rules ran, the side panel's first open read
// the whole contact of each cadence person (from the queue cards) and each person with a follow-up open (from the
// week rows) it shows, for their name and page: about 40 gets, 20–36 ms of the ~95 ms of its first computation at
// the bench's shapes. Both rows now keep those people's name and page, as the dated commitments' rows have since
// v24 (lib/db/queue-cards-middleware.ts › QueueCardChunk, lib/db/summary-store.ts › StoredOpen). Both are made again
// from the contacts and the summaries stored.
export const v26: SchemaVersion = {
  version: 26,
  stores: {},
  async upgrade(tx) {
    await remakeCards(tx);
    const summaries = summariesIn((await tx.table(SUMMARY_STORE).toArray()) as SummaryBucket[]);
    const { weeks } = storedRowsOf(summaries);
    const open = weeks.flatMap((row) => Object.keys(row.people));
    const contacts = new Map(
      ((await tx.table('contacts').bulkGet(open)) as (Contact | undefined)[]).flatMap((contact) =>
        contact ? [[contact.id, contact] as const] : [],
      ),
    );
    await tx.table(OPEN_STORE).clear();
    await tx.table(OPEN_STORE).bulkPut(storedRowsOf(summaries, (id) => contacts.get(id)).weeks);
  },
};
