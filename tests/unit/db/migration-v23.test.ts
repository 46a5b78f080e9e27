import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { DATED_STORE, datedIn } from '../../../lib/db/dated-commitments';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V22_FIXTURE } from '../../fixtures/db/v22';
import { queueRowsPart } from '../../support/queue-rows';
import { commitment, DAY } from '../engine/factories';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v23-test';
const FRESH = 'rapport-migration-v23-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

// The fixture's one open promise with a date, and one of each kind the rows leave out or order.
const FIXTURE = {
  ...V22_FIXTURE,
  commitments: [
    ...V22_FIXTURE.commitments!,
    commitment({ id: 'theirs', contactId: 'ravi-fixture', by: 'them', dueAt: 3 * DAY }),
    commitment({ id: 'same-day', contactId: 'ravi-fixture', by: 'me', dueAt: 3 * DAY }),
    commitment({ id: 'undated', contactId: 'ravi-fixture', by: 'me', dueAt: null }),
    commitment({
      id: 'kept',
      contactId: 'ravi-fixture',
      by: 'me',
      dueAt: DAY,
      status: 'kept',
      closedAt: DAY,
    }),
  ],
};

describe('schema version 23 (the open dated commitments kept a few to a row)', () => {
  it('makes the rows from the commitments of a version 22 database, and its queue is the same', async () => {
    const v22 = await filledDatabase(
      NAME,
      FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 22),
    );
    const dated = await v22.commitments
      .where('[status+dueAt]')
      .between(['open', -Infinity], ['open', Infinity], true, true)
      .toArray();
    expect(dated.map((c) => c.id)).toEqual(['c1', 'same-day', 'theirs']);
    expect(v22.tables.map((table) => table.name)).not.toContain(DATED_STORE);
    v22.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(23);
    const rows = await queueRowsPart(db, 'datedCommitments').toArray();
    expect(datedIn(rows)).toEqual(dated);

    // The rows and the queue of the upgraded database are those of a database filled at version 23.
    const fresh = await filledDatabase(FRESH, FIXTURE);
    expect(rows).toEqual(await queueRowsPart(fresh, 'datedCommitments').toArray());
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
