import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { cardChunksOf } from '../../../lib/db/queue-cards-middleware';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { type ContactSummary, openFollowUpOf } from '../../../lib/engine/contact-summary';
import type { Contact } from '../../../lib/schema/contact';
import { V14_FIXTURE } from '../../fixtures/db/v14';
import { queueRowsPart } from '../../support/queue-rows';
import { storedOpenFollowUps } from '../../support/stored-summaries';
import { expectSameQueue, filledDatabase, keepCardsAsObjects } from './queue-migration';

const NAME = 'rapport-migration-v15-test';
const FRESH = 'rapport-migration-v15-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

describe('schema version 15 (open-follow-up rows; queue cards without the name)', () => {
  it('makes the open-follow-up rows of a version 14 database and takes the names out of its cards', async () => {
    const v14 = await filledDatabase(
      NAME,
      V14_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 14),
    );
    // The cards as version 14 kept them: with the person's id and name.
    await keepCardsAsObjects(v14, ({ id, name, tags, cadenceDays, lastInteractionAt, firstSeenAt }) => ({
      id,
      name,
      tags,
      cadenceDays,
      lastInteractionAt,
      firstSeenAt,
    }));
    const summaries = (await v14.table('summaries').toArray()) as ContactSummary[];
    v14.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(15);
    const open = summaries.flatMap((summary) => openFollowUpOf(summary) ?? []);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(summaries.length);
    expect(await storedOpenFollowUps(db)).toEqual(open);
    const cards = await queueRowsPart(db, 'queueCards').toArray();
    expect(cards).toEqual(cardChunksOf((await db.contacts.toArray()) as Contact[]));
    expect(JSON.stringify(cards)).not.toMatch(/"name"|"id"/);

    // The queue of the upgraded database is the one a database filled at version 15 gives.
    const fresh = await filledDatabase(FRESH, V14_FIXTURE);
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
