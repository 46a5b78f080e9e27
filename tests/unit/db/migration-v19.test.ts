import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { SUMMARY_BUCKETS, SUMMARY_STORE, storedRowsOf } from '../../../lib/db/summary-store';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { ContactSummary, OpenFollowUp } from '../../../lib/engine/contact-summary';
import { V18_FIXTURE } from '../../fixtures/db/v18';
import { queueRowsPart } from '../../support/queue-rows';
import { storedOpenFollowUps, storedSummaries } from '../../support/stored-summaries';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v19-test';
const FRESH = 'rapport-migration-v19-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

const byContact = <T extends { contactId: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.contactId.localeCompare(b.contactId));

describe('schema version 19 (summaries and open follow-ups a few hundred people to a row)', () => {
  it('moves the summaries and open follow-ups of a version 18 database into their rows, and its queue is the same', async () => {
    const v18 = await filledDatabase(
      NAME,
      V18_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 18),
    );
    const summaries = (await v18.table('summaries').toArray()) as ContactSummary[];
    const open = (await v18.table('openFollowUps').toArray()) as OpenFollowUp[];
    expect(summaries.length).toBeGreaterThan(open.length);
    expect(open.length).toBeGreaterThan(0);
    v18.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(19);
    // The rows of one person each are gone.
    expect(db.backendDB().objectStoreNames.contains('summaries')).toBe(false);
    expect(db.backendDB().objectStoreNames.contains('openFollowUps')).toBe(false);
    expect(await storedSummaries(db)).toEqual(byContact(summaries));
    expect(await storedOpenFollowUps(db)).toEqual(byContact(open));
    // Each in the row its person's id hashes to, each open follow-up in the row of the week it opened in (with its
    // person's name and page, which v26 added).
    const contacts = new Map((await db.contacts.toArray()).map((contact) => [contact.id, contact]));
    const rows = storedRowsOf(summaries, (id) => contacts.get(id));
    expect(await db.table(SUMMARY_STORE).toArray()).toEqual(rows.buckets.sort((a, b) => a.bucket - b.bucket));
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(
      rows.weeks.sort((a, b) => a.week - b.week),
    );
    expect(rows.buckets.every(({ bucket }) => bucket >= 0 && bucket < SUMMARY_BUCKETS)).toBe(true);

    // The queue of the upgraded database is the one a database filled at version 19 gives.
    const fresh = await filledDatabase(FRESH, V18_FIXTURE);
    await expectSameQueue(db, fresh);
    expect(await db.summaryBuckets.toArray()).toEqual(await fresh.summaryBuckets.toArray());
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(
      await queueRowsPart(fresh, 'openWeeks').toArray(),
    );
    db.close();
    fresh.close();
  });
});
