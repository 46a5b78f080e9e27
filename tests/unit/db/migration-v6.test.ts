import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { ContactSchema } from '../../../lib/schema/contact';
import { V2_FIXTURE } from '../../fixtures/db/v2';

const NAME = 'rapport-migration-v6-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** A contact who changed jobs twice while Rapport watched, stored as versions before 6 stored it. */
const moved = {
  ...V2_FIXTURE.contacts[0]!,
  id: 'dara-moved',
  name: 'Dara Moved',
  title: 'Head of Ops',
  company: 'Tidewater',
  source: 'capture',
  history: [
    { field: 'company', value: 'Baltic Reefer', changedAt: 2_000 },
    { field: 'title', value: 'Lead', changedAt: 2_000 },
    { field: 'company', value: 'Harbour Labs', changedAt: 5_000 },
  ],
};

async function seedLatestBefore6() {
  const older = openDatabase(
    NAME,
    SCHEMA_VERSIONS.filter((v) => v.version < 6),
  );
  await older.open();
  for (const [table, rows] of Object.entries(V2_FIXTURE)) await older.table(table).bulkPut(rows);
  await older.table('contacts').put(moved);
  const version = older.verno;
  older.close();
  return version;
}

describe('schema version 6 (experience, education, own profile)', () => {
  it('upgrades a filled database of the version before, keeping every row and giving each contact a career', async () => {
    const before = await seedLatestBefore6();
    expect(before).toBeLessThan(6);
    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(V2_FIXTURE.contacts.length + 1);
    for (const stored of contacts) expect(() => ContactSchema.parse(stored)).not.toThrow();
    const [fixture] = V2_FIXTURE.contacts;
    expect(await db.contacts.get(fixture!.id)).toMatchObject({
      ...fixture,
      experience: [{ title: 'Analyst', company: 'Eastwind', dates: '' }],
      education: [],
      followers: '',
      roleChangedAt: 0,
      roleSource: 'capture',
    });
    expect((await db.contacts.get('dara-moved'))?.experience).toEqual([
      { title: 'Head of Ops', company: 'Tidewater', dates: '' },
      { title: '', company: 'Harbour Labs', dates: '' },
      { title: '', company: 'Baltic Reefer', dates: '' },
    ]);
    expect(await db.interactions.toArray()).toEqual(V2_FIXTURE.interactions);
    expect(await db.commitments.toArray()).toEqual(V2_FIXTURE.commitments);
    expect(await db.followUps.toArray()).toEqual(V2_FIXTURE.followUps);
    expect(await db.ownProfile.count()).toBe(0);
    db.close();
  });

  it('indexes when a role changed, for the new-role follow-up', async () => {
    await seedLatestBefore6();
    const db = openDatabase(NAME);
    await db.contacts.update('dara-moved', { roleChangedAt: 9_000 });
    expect((await db.contacts.where('roleChangedAt').between(1, 10_000).toArray()).map((c) => c.id)).toEqual([
      'dara-moved',
    ]);
    db.close();
  });
});
