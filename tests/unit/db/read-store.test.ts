import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { readWholeStore } from '../../../lib/db/read-store';

// The network page reads its three rows without Dexie (issue 13 item 6: pages load only what they show).
const names: string[] = [];
const nameOf = () => {
  const name = `read-store-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('reading one store without Dexie', () => {
  it('reads every row the background stored', async () => {
    const name = nameOf();
    const db = openDatabase(name);
    await db.table('network').bulkPut([
      { key: 'changed', at: 5 },
      { key: 'people-removed', at: 3 },
    ]);
    db.close();
    expect(await readWholeStore('network', name)).toEqual([
      { key: 'changed', at: 5 },
      { key: 'people-removed', at: 3 },
    ]);
  });

  it('reads nothing, and creates nothing, where the database does not exist yet', async () => {
    const name = nameOf();
    expect(await readWholeStore('network', name)).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    // The background then opens and upgrades it as on a first run.
    const db = openDatabase(name);
    await db.table('network').put({ key: 'changed', at: 1 });
    expect(await readWholeStore('network', name)).toEqual([{ key: 'changed', at: 1 }]);
    db.close();
  });

  it('reads nothing from a store the schema does not have', async () => {
    const name = nameOf();
    const db = openDatabase(name);
    await db.open();
    expect(await readWholeStore('no-such-store', name)).toEqual([]);
    db.close();
  });
});
