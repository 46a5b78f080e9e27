import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { cardChunksOf } from '../../../lib/db/queue-cards-middleware';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { V16_FIXTURE } from '../../fixtures/db/v16';
import { queueRowsPart } from '../../support/queue-rows';
import { expectSameQueue, filledDatabase, keepCardsAsObjects } from './queue-migration';

const NAME = 'rapport-migration-v17-test';
const FRESH = 'rapport-migration-v17-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

describe('schema version 17 (queue cards in columns)', () => {
  it('makes the cards of a version 16 database again, in columns, and its queue is the same', async () => {
    const v16 = await filledDatabase(
      NAME,
      V16_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 16),
    );
    // The cards as version 16 kept them: an object per person, by id.
    await keepCardsAsObjects(v16, ({ tags, cadenceDays, lastInteractionAt, firstSeenAt }) => ({
      tags,
      cadenceDays,
      lastInteractionAt,
      firstSeenAt,
    }));
    v16.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(17);
    const cards = await queueRowsPart(db, 'queueCards').toArray();
    expect(cards).toEqual(cardChunksOf((await db.contacts.toArray()) as Contact[]));
    expect(cards.every((row) => row.lastInteractionAt instanceof Float64Array)).toBe(true);
    expect(JSON.stringify(cards)).not.toContain('"cards"');

    // The queue of the upgraded database is the one a database filled at version 17 gives.
    const fresh = await filledDatabase(FRESH, V16_FIXTURE);
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
