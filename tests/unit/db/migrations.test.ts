import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V1_FIXTURE } from '../../fixtures/db/v1';

const NAME = 'rapport-migration-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

async function seedVersion(version: number, fixture: Record<string, unknown[]>) {
  const older = openDatabase(
    NAME,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
  await older.open();
  expect(older.verno).toBe(version);
  for (const [table, rows] of Object.entries(fixture)) await older.table(table).bulkPut(rows);
  older.close();
}

describe('schema migrations', () => {
  it('lists versions in increasing order', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('upgrades a filled version-1 database without losing a row', async () => {
    await seedVersion(1, V1_FIXTURE);
    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.contacts.count()).toBe(V1_FIXTURE.contacts.length);
    expect(await db.interactions.count()).toBe(V1_FIXTURE.interactions.length);
    expect(await db.commitments.count()).toBe(V1_FIXTURE.commitments.length);
    expect(await db.followUps.get('meeting:m1')).toEqual(V1_FIXTURE.followUps[0]);
    const ada = await db.contacts.get('ada-example');
    expect(ada?.name).toBe('Ada Example');
    // The visit at 5,000 does not count as an interaction; the help received at 4,000 does.
    expect(ada?.lastInteractionAt).toBe(4_000);
    expect(ada?.tags).toEqual([]);
    expect((await db.contacts.get('bo-sample'))?.lastInteractionAt).toBe(0);
    db.close();
  });

  it('serves the new indexes after the upgrade', async () => {
    await seedVersion(1, V1_FIXTURE);
    const db = openDatabase(NAME);
    const met = await db.interactions.where('[kind+at]').between(['met', 0], ['met', Dexie.maxKey]).toArray();
    expect(met.map((i) => i.id)).toEqual(['m1']);
    const open = await db.commitments
      .where('[status+dueAt]')
      .between(['open', 0], ['open', Dexie.maxKey])
      .toArray();
    expect(open.map((c) => c.id)).toEqual(['c1']);
    db.close();
  });
});
