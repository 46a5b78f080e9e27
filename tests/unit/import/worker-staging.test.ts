import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { openExisting } from '../../../lib/db/open-existing';
import { WorkerStaging } from '../../../lib/import/worker-staging';

const opened: RapportDatabase[] = [];

/** Rapport's database as the background opens it, at its native version (what import/begin answers). */
async function background(): Promise<{ db: RapportDatabase; version: number }> {
  const db = openDatabase(`staging-${Math.random()}`);
  opened.push(db);
  await db.open();
  return { db, version: db.backendDB().version };
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe("the import worker's staging", () => {
  it('puts a chunk in the staging table of the database the background opened', async () => {
    const { db, version } = await background();
    const staging = await WorkerStaging.open(version, db.name);
    await staging.put({ importId: 'i', seq: 0, contacts: [], interactions: [] });
    staging.close();
    expect(await db.importChunks.get(['i', 0])).toEqual({
      importId: 'i',
      seq: 0,
      contacts: [],
      interactions: [],
    });
  });

  it('never creates the database, nor opens it at a newer version than the background answered', async () => {
    const name = `absent-${Math.random()}`;
    await expect(WorkerStaging.open(10, name)).rejects.toThrow(/not there at this version/);
    expect(await openExisting(name)).toBeUndefined();
    const { db, version } = await background();
    // Upgraded by the background since its begin answered: refused, not opened at the newer schema.
    await expect(WorkerStaging.open(version - 10, db.name)).rejects.toThrow(
      /could not open Rapport's database/,
    );
  });

  it('refuses a database without the staging table, saying so', async () => {
    const name = `no-staging-${Math.random()}`;
    const bare = new Dexie(name);
    bare.version(1).stores({ contacts: 'id' });
    await bare.open();
    bare.close();
    await expect(WorkerStaging.open(10, name)).rejects.toThrow(/has no importChunks table/);
    await Dexie.delete(name);
  });

  it('steps aside when the background upgrades the schema, and a later put says the import must start again', async () => {
    const { db, version } = await background();
    const staging = await WorkerStaging.open(version, db.name);
    db.close();
    // Not blocked by the worker's connection: it closes on versionchange.
    const upgrading = new Dexie(db.name);
    upgrading.version(version / 10 + 1).stores({ importChunks: '[importId+seq], importId' });
    await upgrading.open();
    upgrading.close();
    await expect(staging.put({ importId: 'i', seq: 0, contacts: [], interactions: [] })).rejects.toThrow(
      /closed during the import/,
    );
  });
});
