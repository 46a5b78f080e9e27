import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { lastContactsOf } from '../../../lib/db/last-contacts';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import type { Contact } from '../../../lib/schema/contact';
import { V17_FIXTURE } from '../../fixtures/db/v17';
import { expectSameQueue, filledDatabase } from './queue-migration';

const NAME = 'rapport-migration-v18-test';
const FRESH = 'rapport-migration-v18-fresh';
afterEach(async () => {
  await Dexie.delete(NAME);
  await Dexie.delete(FRESH);
});

describe('schema version 18 (last contacts)', () => {
  it('gives every person of a version 17 database their last contact, and its queue is the same', async () => {
    const v17 = await filledDatabase(
      NAME,
      V17_FIXTURE,
      SCHEMA_VERSIONS.filter((v) => v.version <= 17),
    );
    v17.close();

    const db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(18);
    const contacts = (await db.contacts.toArray()) as Contact[];
    expect(contacts.some((contact) => contact.lastInteractionAt > 0)).toBe(true);
    expect(await db.lastContacts.toArray()).toEqual(lastContactsOf(contacts));

    // The queue of the upgraded database is the one a database filled at version 18 gives.
    const fresh = await filledDatabase(FRESH, V17_FIXTURE);
    await expectSameQueue(db, fresh);
    db.close();
    fresh.close();
  });
});
