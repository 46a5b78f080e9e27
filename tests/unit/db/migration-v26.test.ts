import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { cardChunksOf, cardsIn } from '../../../lib/db/queue-cards-middleware';
import { namedIn } from '../../../lib/db/summary-store';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { V25_FIXTURE } from '../../fixtures/db/v25';
import { queueRowsPart } from '../../support/queue-rows';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v26-test';
const FRESH = 'rapport-migration-v26-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

describe('schema version 26 (the queue cards and the open follow-ups’ week rows name their people)', () => {
  it('names the people of a version 25 database’s cards and week rows, and its queue is the same', async () => {
    const v25 = await filledDatabase(
      NAME,
      V25_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 25),
    );
    // Today's middlewares wrote today's rows: put them back as version 25 kept them, without the names and pages.
    const v25Cards = (await queueRowsPart(v25, 'queueCards').toArray()).map(
      ({ names: _, nameEnds: _n, pages: _p, pageEnds: _e, ...row }) => row,
    );
    const v25Weeks = (await queueRowsPart(v25, 'openWeeks').toArray()).map((row) => ({
      ...row,
      people: Object.fromEntries(
        Object.entries(row.people).map(([id, { name: _, page: _page, ...open }]) => [id, open]),
      ),
    }));
    expect(v25Cards.length).toBeGreaterThan(0);
    expect(v25Weeks.flatMap((row) => Object.keys(row.people)).length).toBeGreaterThan(0);
    await queueRowsPart(v25, 'queueCards').clear();
    await queueRowsPart(v25, 'queueCards').bulkPut(v25Cards as never[]);
    await queueRowsPart(v25, 'openWeeks').clear();
    await queueRowsPart(v25, 'openWeeks').bulkPut(v25Weeks);
    expect(namedIn(await queueRowsPart(v25, 'openWeeks').toArray()).size).toBe(0);
    v25.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(26);
    const contacts = (await db.contacts.toArray()) as Contact[];
    const byId = new Map(contacts.map((contact) => [contact.id, contact]));
    // The cards made again from the contacts, each with the name and page of its person.
    const cards = await queueRowsPart(db, 'queueCards').toArray();
    expect(cards).toEqual(cardChunksOf(contacts));
    for (const [id, card] of cards.flatMap((row) => cardsIn(row))) {
      expect({ name: card.name, profileUrl: card.profileUrl }).toEqual({
        name: byId.get(id)!.name,
        profileUrl: byId.get(id)!.profileUrl,
      });
    }
    // Every open follow-up of a stored person named, and otherwise as version 25 kept it.
    const weeks = await queueRowsPart(db, 'openWeeks').toArray();
    const named = namedIn(weeks);
    const open = weeks.flatMap((row) => Object.keys(row.people));
    expect(open.sort()).toEqual(v25Weeks.flatMap((row) => Object.keys(row.people)).sort());
    expect(named.size).toBeGreaterThan(0);
    for (const id of open) {
      const contact = byId.get(id);
      expect(named.get(id)).toEqual(contact && { name: contact.name, profileUrl: contact.profileUrl });
    }

    // The rows and the queue of the upgraded database are those of a database filled at version 26.
    const fresh = await filledDatabase(FRESH, V25_FIXTURE);
    expect(cards).toEqual(await queueRowsPart(fresh, 'queueCards').toArray());
    expect(weeks).toEqual(await queueRowsPart(fresh, 'openWeeks').toArray());
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
