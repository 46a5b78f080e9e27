import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { entriesOf, type ImportedThread, threadsOf } from '../../../lib/db/imported-threads';
import { historyOf, loggedHistoryOf } from '../../../lib/db/queries/history-of';
import { storedRowsOf } from '../../../lib/db/summary-store';
import { bucketOf, THREAD_BUCKETS } from '../../../lib/db/thread-buckets';
import { allThreads } from '../../../lib/db/thread-store';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { summaryOf } from '../../../lib/engine/contact-summary';
import { V19_FIXTURE } from '../../fixtures/db/v19';
import { queueRowsPart } from '../../support/queue-rows';
import { storedSummary } from '../../support/stored-summaries';
import { DAY, interaction } from '../engine/factories';

const NAME = 'rapport-migration-v20-test';
afterEach(() => Dexie.delete(NAME));

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
const byPerson = (list: readonly ImportedThread[]) =>
  [...list].sort((a, b) => (a.contactId < b.contactId ? -1 : 1));
// The fixture's two threads and enough imported people beside them that buckets hold several each.
const more = threadsOf(
  Array.from({ length: 2 * THREAD_BUCKETS }, (_, i) => [
    interaction({ id: `c-${i}`, contactId: `p-${i}`, kind: 'connected', at: i * DAY, source: 'import' }),
    interaction({
      id: `m-${i}`,
      contactId: `p-${i}`,
      kind: 'message-sent',
      at: (i + 9) * DAY,
      source: 'import',
    }),
  ]).flat(),
);

describe('schema version 20 (imported threads in buckets)', () => {
  it('moves every thread of a version 19 database into its bucket, each as it was, and keeps the summaries', async () => {
    const older = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 19),
    );
    await older.open();
    for (const [table, rows] of Object.entries(V19_FIXTURE)) await older.table(table).bulkPut(rows);
    await older.table('threads').bulkPut(more);
    const threadsBefore: ImportedThread[] = await older.table('threads').toArray();
    // The summaries as version 19 kept them: what each person's logged rows and thread make.
    const historyBefore = async (contactId: string) => [
      ...(await loggedHistoryOf(older, contactId).toArray()),
      ...entriesOf(threadsBefore.find((thread) => thread.contactId === contactId)),
    ];
    const made = await Promise.all(
      threadsBefore.map(async ({ contactId }) => summaryOf(contactId, await historyBefore(contactId))),
    );
    // The week rows with their people's name and page, as v26 makes them.
    const contacts = new Map(
      (await older.table('contacts').toArray()).map((contact) => [contact.id, contact]),
    );
    const { buckets: summaryRows, weeks } = storedRowsOf(
      made.flatMap((summary) => summary ?? []),
      (id) => contacts.get(id),
    );
    await older.summaryBuckets.bulkPut(summaryRows);
    await queueRowsPart(older, 'openWeeks').bulkPut(weeks);
    const summariesBefore = await older.summaryBuckets.toArray();
    const openBefore = await queueRowsPart(older, 'openWeeks').toArray();
    const cleoBefore = await historyBefore('cleo-fixture');
    older.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.tables.map((table) => table.name)).not.toContain('threads');
    expect(byPerson(await allThreads(db))).toEqual(byPerson(threadsBefore));
    const buckets = await db.threadBuckets.toArray();
    expect(buckets.length).toBeLessThanOrEqual(THREAD_BUCKETS);
    for (const bucket of buckets) {
      expect(bucket.threads.every((thread) => bucketOf(thread.contactId) === bucket.bucket)).toBe(true);
      expect(bucket.lastAt).toBe(Math.max(...bucket.threads.map((thread) => thread.lastAt)));
    }
    expect(await db.summaryBuckets.toArray()).toEqual(summariesBefore);
    expect(openBefore.length).toBeGreaterThan(0);
    for (const { contactId } of threadsBefore)
      expect(await storedSummary(db, contactId), contactId).toEqual(
        summaryOf(contactId, await historyOf(db, contactId)),
      );
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(openBefore);
    expect(cleoBefore.length).toBeGreaterThan(2);
    expect(byId(await historyOf(db, 'cleo-fixture'))).toEqual(byId(cleoBefore));
    db.close();
  });
});
