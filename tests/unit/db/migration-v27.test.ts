import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { QUEUE_ROW_PART_NAMES as PARTS, QUEUE_ROW_PARTS, QUEUE_ROWS } from '../../../lib/db/queue-rows';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V26_FIXTURE } from '../../fixtures/db/v26';
import { queueRowsPart } from '../../support/queue-rows';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v27-test';
const FRESH = 'rapport-migration-v27-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

describe('schema version 27 (the queue’s derived rows in one store)', () => {
  it('moves the week rows, the dated commitments’ rows and the cards of a version 26 database as they are', async () => {
    const v26 = await filledDatabase(
      NAME,
      V26_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 26),
    );
    // Each in its own store at version 26, kept there by today's middlewares.
    const before = Object.fromEntries(
      await Promise.all(PARTS.map(async (part) => [part, await v26.table(part).toArray()] as const)),
    );
    for (const part of PARTS) expect(before[part]!.length).toBeGreaterThan(0);
    expect(v26.tables.map((table) => table.name)).not.toContain(QUEUE_ROWS);
    v26.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(27);
    const stores = db.tables.map((table) => table.name);
    expect(stores).toContain(QUEUE_ROWS);
    for (const part of PARTS) {
      expect(stores).not.toContain(part);
      expect(await queueRowsPart(db, part).toArray()).toEqual(before[part]);
    }
    // Each row under [its part, its own key].
    const keys = (await db.table(QUEUE_ROWS).toCollection().primaryKeys()) as [number, number][];
    expect(keys.length).toBe(PARTS.reduce((sum, part) => sum + before[part]!.length, 0));
    expect(new Set(keys.map(([part]) => part))).toEqual(new Set(Object.values(QUEUE_ROW_PARTS)));

    // The rows and the queue of the upgraded database are those of a database filled at version 27.
    const fresh = await filledDatabase(FRESH, V26_FIXTURE);
    for (const part of PARTS) {
      expect(await queueRowsPart(db, part).toArray()).toEqual(await queueRowsPart(fresh, part).toArray());
    }
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
