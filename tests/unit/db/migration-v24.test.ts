import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { datedIn, peopleIn } from '../../../lib/db/dated-commitments';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V23_FIXTURE } from '../../fixtures/db/v23';
import { queueRowsPart } from '../../support/queue-rows';
import { commitment, DAY } from '../engine/factories';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v24-test';
const FRESH = 'rapport-migration-v24-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

// The fixture's open promise with a date to Ravi, and one to someone not stored (a contact deleted alone).
const FIXTURE = {
  ...V23_FIXTURE,
  commitments: [
    ...V23_FIXTURE.commitments!,
    commitment({ id: 'to-nobody', contactId: 'gone-fixture', by: 'me', dueAt: 3 * DAY }),
  ],
};

describe('schema version 24 (the dated commitments’ rows name their people)', () => {
  it('names the people of a version 23 database’s rows, and its queue is the same', async () => {
    const v23 = await filledDatabase(
      NAME,
      FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 23),
    );
    // Today's middleware wrote today's rows: put them back as version 23 kept them, without the people.
    const v23Rows = (await queueRowsPart(v23, 'datedCommitments').toArray()).map(
      ({ people: _, ...row }) => row,
    );
    expect(datedIn(v23Rows as never[]).length).toBe(2);
    await queueRowsPart(v23, 'datedCommitments').clear();
    await queueRowsPart(v23, 'datedCommitments').bulkPut(v23Rows as never[]);
    const ravi = await v23.contacts.get('ravi-fixture');
    expect(ravi).toBeDefined();
    v23.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(24);
    const rows = await queueRowsPart(db, 'datedCommitments').toArray();
    expect(datedIn(rows)).toEqual(datedIn(v23Rows as never[]));
    expect([...peopleIn(rows)]).toEqual([
      ['ravi-fixture', { name: ravi!.name, profileUrl: ravi!.profileUrl }],
    ]);

    // The rows and the queue of the upgraded database are those of a database filled at version 24.
    const fresh = await filledDatabase(FRESH, FIXTURE);
    expect(rows).toEqual(await queueRowsPart(fresh, 'datedCommitments').toArray());
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
