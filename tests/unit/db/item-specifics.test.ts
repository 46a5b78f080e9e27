import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { specificsOf } from '../../../lib/db/queries/item-specifics';
import { contact, DAY, interaction } from '../engine/factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');
let db: RapportDatabase;

beforeEach(() => {
  db = openDatabase(`item-specifics-${Math.random()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('specificsOf (what to mention, read when a queue row is opened)', () => {
  it('mentions the history up to the queue’s moment, not what is dated after it', async () => {
    await db.contacts.put(contact({ id: 'ada', name: 'Ada Lindqvist', company: 'Nordlys' }));
    await db.interactions.bulkPut([
      interaction({ contactId: 'ada', kind: 'met', at: NOW - 9 * DAY, context: 'Web Summit' }),
      interaction({ contactId: 'ada', kind: 'note', at: NOW + DAY, context: 'Call after the board meeting' }),
    ]);
    expect(await specificsOf(db, 'ada', NOW)).toEqual([
      { label: 'Where you met', text: 'Web Summit' },
      { label: 'Their role', text: 'Nordlys' },
    ]);
  });

  it('mentions nothing for someone no longer stored', async () => {
    expect(await specificsOf(db, 'gone', NOW)).toEqual([]);
  });
});
