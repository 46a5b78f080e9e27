import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { backendOf, openDatabase } from '../../../lib/db/database';
import { specificsOf } from '../../../lib/db/queries/item-specifics';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { type ContactSummary, summaryOf } from '../../../lib/engine/contact-summary';
import type { Contact } from '../../../lib/schema/contact';
import type { Interaction } from '../../../lib/schema/interaction';
import { V2_FIXTURE } from '../../fixtures/db/v2';
import { contact, DAY, interaction, settings } from '../engine/factories';

const NAME = 'rapport-migration-v5-test';
const NOW = Date.parse('2026-06-10T10:00:00Z');

afterEach(async () => {
  await Dexie.delete(NAME);
});

// A version-4 database: the version-2 fixture plus a recent history for a second person.
const recent = [
  interaction({
    id: 'v4-met',
    contactId: 'cleo-fixture',
    kind: 'met',
    at: NOW - 2 * DAY,
    context: 'Harbour meetup',
  }),
  interaction({ id: 'v4-help', contactId: 'dev-fixture', kind: 'helped', actor: 'them', at: NOW - 3 * DAY }),
  interaction({ id: 'v4-visit', contactId: 'dev-fixture', kind: 'visit', at: NOW - DAY }),
];
const dev: Contact = contact({ id: 'dev-fixture', name: 'Dev Fixture' });

async function seedVersion4() {
  const older = openDatabase(
    NAME,
    SCHEMA_VERSIONS.filter((v) => v.version <= 4),
  );
  await older.open();
  await older.table('contacts').bulkPut([...V2_FIXTURE.contacts, dev]);
  await older.table('interactions').bulkPut([...V2_FIXTURE.interactions, ...recent]);
  await older.commitments.bulkPut(V2_FIXTURE.commitments);
  await older.followUps.bulkPut(V2_FIXTURE.followUps);
  older.close();
}

describe('schema version 5 (per-person summaries)', () => {
  it('upgrades a filled version-4 database, keeping every row and summarising each person', async () => {
    await seedVersion4();
    const db = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 5),
    );
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect((await db.contacts.toArray()).map((c) => c.id).sort()).toEqual(['cleo-fixture', 'dev-fixture']);
    const interactions = await db.interactions.toArray();
    expect(interactions.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...V2_FIXTURE.interactions, ...recent].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.followUps.toArray()).toEqual(V2_FIXTURE.followUps);
    const summaries = (await db.table('summaries').toArray()) as ContactSummary[];
    expect(summaries.sort((a, b) => a.contactId.localeCompare(b.contactId))).toEqual([
      summaryOf('cleo-fixture', [V2_FIXTURE.interactions[0] as Interaction, recent[0]!]),
      summaryOf('dev-fixture', recent.slice(1)),
    ]);
    // The contactId and at indexes are gone; the compound ones remain.
    // (Later versions may add indexes of their own, e.g. version 7's eventId.)
    const indexes = db.interactions.schema.indexes.map((index) => index.name);
    expect(indexes).toEqual(expect.arrayContaining(['[contactId+at]', '[kind+at]']));
    expect(indexes).not.toContain('contactId');
    expect(indexes).not.toContain('at');
    db.close();
  });

  it('queues the upgraded database from its summaries: the meeting and the help owed', async () => {
    await seedVersion4();
    // The queue of today reads tables later versions add (events): upgrade through every version, as a user would.
    const db = openDatabase(NAME);
    const items = await loadQueue(await backendOf(db), { settings: settings({}), now: NOW, timeZone: 'UTC' });
    const keys = items.map((item) => item.key);
    expect(keys).toContain('meeting-follow-up:v4-met');
    expect(keys).toContain('thanks-owed:v4-help');
    // What to mention, as her opened row reads it (lib/db/queries/item-specifics.ts).
    expect(await specificsOf(db, 'cleo-fixture', NOW)).toContainEqual({
      label: 'Where you met',
      text: 'Harbour meetup',
    });
    db.close();
  });
});
