import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { networkKeeperOf } from '../../../lib/background/network-keeper';
import { openDatabase } from '../../../lib/db/database';
import { loadNetworkState } from '../../../lib/db/queries/network-data';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { V11_FIXTURE } from '../../fixtures/db/v11';
import { queueRowsPart } from '../../support/queue-rows';
import { storedHistory } from '../../support/stored-history';

const NAME = 'rapport-migration-v12-test';
afterEach(() => Dexie.delete(NAME));

describe('schema version 12 (the stored network picture)', () => {
  it('keeps every row of a filled version-11 database, starts with no picture, then marks and draws', async () => {
    const older = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 11),
    );
    await older.open();
    for (const [table, rows] of Object.entries(V11_FIXTURE)) await older.table(table).bulkPut(rows);
    const cards = await older.table('queueCards').count();
    older.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(12);
    for (const [table, rows] of Object.entries(V11_FIXTURE)) {
      // Imported history is one thread per person since v16.
      const stored =
        table === 'interactions' ? (await storedHistory(db)).length : await db.table(table).count();
      expect(stored, table).toBe(rows.length);
    }
    expect(await queueRowsPart(db, 'queueCards').count()).toBe(cards);
    // No picture stored: the first visit of the view has it drawn. (The v16 upgrade, which moves the imported
    // message into its person's thread, marks the data changed.)
    expect((await loadNetworkState(db)).picture).toBeUndefined();

    // The upgraded database marks its writes and draws from its own rows with the settings copy's threshold.
    const before = Date.now();
    await db.interactions.put({ ...V11_FIXTURE.interactions[0]!, id: 'i-new', at: 10_000 } as never);
    expect((await loadNetworkState(db)).changedAt).toBeGreaterThanOrEqual(before);
    const { picture, weakTieDays } = await networkKeeperOf({ db, now: () => 20_000 }).draw();
    expect(picture.total).toBe(V11_FIXTURE.contacts.length);
    expect(weakTieDays).toBe(90);
    expect((await loadNetworkState(db)).picture?.picture.total).toBe(V11_FIXTURE.contacts.length);
    db.close();
  });
});
