import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { cardChunksOf, cardsIn } from '../../../lib/db/queue-cards-middleware';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { V20_FIXTURE } from '../../fixtures/db/v20';
import { queueRowsPart } from '../../support/queue-rows';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v25-test';
const FRESH = 'rapport-migration-v25-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

describe('schema version 25 (queue cards: the ids in one string, each list of tags once per row)', () => {
  // From version 20: its upgrade passes v21, which rewrites every contact while the rows still have v17's columns.
  it('makes the cards of a database kept in v17’s columns again, and its queue is the same', async () => {
    const v20 = await filledDatabase(
      NAME,
      V20_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 20),
    );
    // The cards as versions 17 to 24 kept them: an array of ids, a list of tags per card.
    const v17Rows = (await queueRowsPart(v20, 'queueCards').toArray()).map(({ idEnds: _, ...row }) => ({
      ...row,
      ids: cardsIn({ ...row, idEnds: _ }).map(([id]) => id),
      tags: cardsIn({ ...row, idEnds: _ }).map(([, card]) => [...card.tags]),
    }));
    expect(v17Rows.flatMap((row) => row.ids).length).toBeGreaterThan(1);
    await queueRowsPart(v20, 'queueCards').clear();
    await queueRowsPart(v20, 'queueCards').bulkPut(v17Rows as never[]);
    v20.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(25);
    const rows = await queueRowsPart(db, 'queueCards').toArray();
    expect(rows).toEqual(cardChunksOf((await db.contacts.toArray()) as Contact[]));
    expect(rows.every((row) => typeof row.ids === 'string' && row.idEnds instanceof Uint32Array)).toBe(true);

    // The queue of the upgraded database is the one a database filled at version 25 gives.
    const fresh = await filledDatabase(FRESH, V20_FIXTURE);
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
