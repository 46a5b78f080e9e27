import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { openWeekOf } from '../../../lib/db/summary-store';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { OpenFollowUp } from '../../../lib/engine/contact-summary';
import { V21_FIXTURE } from '../../fixtures/db/v21';
import { queueRowsPart } from '../../support/queue-rows';
import { storedOpenFollowUps } from '../../support/stored-summaries';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v22-test';
const FRESH = 'rapport-migration-v22-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

/** The week rows as version 21 kept them: each open follow-up whole, its person's id on it and on every start. */
function weeksAsV21(open: readonly OpenFollowUp[]) {
  const weeks = new Map<number, { week: number; people: Record<string, OpenFollowUp> }>();
  for (const followUp of open) {
    const week = openWeekOf(followUp.since);
    const row = weeks.get(week) ?? { week, people: {} };
    row.people[followUp.contactId] = followUp;
    weeks.set(week, row);
  }
  return [...weeks.values()];
}

describe('schema version 22 (open follow-ups stored without what their key and blank excerpt repeat)', () => {
  it('remakes the week rows of a version 21 database in the new shape, and its queue is the same', async () => {
    const v21 = await filledDatabase(
      NAME,
      V21_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 21),
    );
    // Today's middleware wrote today's shape: put the rows back as version 21 stored them.
    const open = await storedOpenFollowUps(v21);
    expect(open.length).toBeGreaterThan(0);
    const v21Rows = weeksAsV21(open);
    await queueRowsPart(v21, 'openWeeks').clear();
    await queueRowsPart(v21, 'openWeeks').bulkPut(v21Rows as never[]);
    expect(JSON.stringify(await queueRowsPart(v21, 'openWeeks').toArray())).toMatch(/"contactId"/);
    v21.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(22);
    const rows = await queueRowsPart(db, 'openWeeks').toArray();
    expect(rows.map((row) => row.week)).toEqual(v21Rows.map((row) => row.week).sort((a, b) => a - b));
    expect(JSON.stringify(rows)).not.toMatch(/"contactId"|"excerpt"/);
    // Read back, every open follow-up is the one version 21 held.
    expect(await storedOpenFollowUps(db)).toEqual(open);

    // The rows and the queue of the upgraded database are those of a database filled at version 22.
    const fresh = await filledDatabase(FRESH, V21_FIXTURE);
    expect(rows).toEqual(await queueRowsPart(fresh, 'openWeeks').toArray());
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
