import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V4_FIXTURE } from '../../fixtures/db/v4';

const NAME = 'rapport-migration-v7-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

async function seedPreviousVersion() {
  const older = openDatabase(
    NAME,
    SCHEMA_VERSIONS.filter((v) => v.version < 7),
  );
  await older.open();
  for (const [table, rows] of Object.entries(V4_FIXTURE)) await older.table(table).bulkPut(rows);
  const version = older.verno;
  older.close();
  return version;
}

describe('schema version 7 (events, intro requests, mutual-connection answers)', () => {
  it('upgrades a filled database of the version before, keeping every row', async () => {
    expect(await seedPreviousVersion()).toBeLessThan(7);
    const db = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 7),
    );
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.contacts.toArray()).toEqual(V4_FIXTURE.contacts);
    expect(await db.interactions.toArray()).toEqual(V4_FIXTURE.interactions);
    expect(await db.commitments.toArray()).toEqual(V4_FIXTURE.commitments);
    expect(await db.followUps.toArray()).toEqual(V4_FIXTURE.followUps);
    expect(await db.events.count()).toBe(0);
    db.close();
  });

  it('the new tables and the event index work on the upgraded database', async () => {
    await seedPreviousVersion();
    const db = openDatabase(NAME);
    await db.events.put({
      id: 'e1',
      name: 'Harbour Summit',
      day: '2026-06-02',
      timeZone: 'Europe/Lisbon',
      startedAt: 10_000,
      endedAt: null,
    });
    await db.interactions.update('i2', { eventId: 'e1' });
    expect((await db.interactions.where('eventId').equals('e1').toArray()).map((i) => i.id)).toEqual(['i2']);
    await db.mutualChoices.put({
      profileId: 'ravi-fixture',
      shownKey: 'cleo fixture',
      contactId: 'cleo-fixture',
    });
    expect(await db.mutualChoices.where('profileId').equals('ravi-fixture').count()).toBe(1);
    await db.intros.put({
      id: 'x1',
      introducerId: 'cleo-fixture',
      targetId: 'ravi-fixture',
      targetName: 'Ravi Fixture',
      draftedAt: 11_000,
      sentAt: null,
      interactionId: null,
    });
    expect(await db.intros.where('introducerId').equals('cleo-fixture').count()).toBe(1);
    db.close();
  });
});
