import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { entriesOf } from '../../../lib/db/imported-threads';
import { historyOf } from '../../../lib/db/queries/history-of';
import { allThreads } from '../../../lib/db/thread-store';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { type ContactSummary, summaryOf } from '../../../lib/engine/contact-summary';
import type { Interaction } from '../../../lib/schema/interaction';
import { V15_FIXTURE } from '../../fixtures/db/v15';
import { storedOpenFollowUps, storedSummaries, storedSummary } from '../../support/stored-summaries';
import { DAY, interaction } from '../engine/factories';
import { keepSummariesAsRows } from './queue-migration';

const NAME = 'rapport-migration-v16-test';
const NOW = Date.parse('2026-06-10T10:00:00Z');
afterEach(() => Dexie.delete(NAME));

// A version-15 database: its fixture, and an imported history beside a live one for Cleo (a meeting the import
// does not know of, an imported thanks after it, an imported message of mine that settles the meeting's follow-up).
const cleoImported = [
  interaction({
    id: 'import:connected:cleo',
    contactId: 'cleo-fixture',
    kind: 'connected',
    at: NOW - 400 * DAY,
    source: 'import',
  }),
  interaction({
    id: 'import:message:a',
    contactId: 'cleo-fixture',
    kind: 'message-received',
    actor: 'them',
    exchange: 'give',
    at: NOW - 3 * DAY,
    source: 'import',
  }),
  interaction({
    id: 'import:message:b',
    contactId: 'cleo-fixture',
    kind: 'message-sent',
    at: NOW - DAY,
    source: 'import',
  }),
];
const cleoLive = interaction({
  id: 'met-cleo',
  contactId: 'cleo-fixture',
  kind: 'met',
  at: NOW - 5 * DAY,
  source: 'manual',
});

describe('schema version 16 (imported history one row per person)', () => {
  it('moves every imported row into its person’s thread, leaves the live ones, and keeps the summaries', async () => {
    const older = openDatabase(
      NAME,
      SCHEMA_VERSIONS.filter((v) => v.version <= 15),
    );
    await older.open();
    for (const [table, rows] of Object.entries(V15_FIXTURE)) await older.table(table).bulkPut(rows);
    await older.interactions.bulkPut([...cleoImported, cleoLive]);
    await keepSummariesAsRows(older);
    const before = await older.table('interactions').toArray();
    const summariesBefore = (await older.table('summaries').toArray()) as ContactSummary[];
    const openBefore = await older.table('openFollowUps').toArray();
    // Cleo's imported help is not thanked yet: a follow-up open on imported rows.
    expect(openBefore.map((row) => row.contactId)).toContain('cleo-fixture');
    older.close();
    const imported = before.filter((row: Interaction) => row.source === 'import');
    expect(imported.length).toBe(4);

    const db = openDatabase(NAME);
    await db.open();
    const live = await db.interactions.toArray();
    expect(live.filter((row) => row.source === 'import')).toEqual([]);
    expect(live.map((row) => row.id).sort()).toEqual(
      before
        .filter((row: Interaction) => row.source !== 'import')
        .map((row: Interaction) => row.id)
        .sort(),
    );
    const threads = await allThreads(db);
    expect(threads.map((thread) => thread.contactId).sort()).toEqual([
      'cleo-fixture',
      'unlinked/dana fixture/2019-02-14',
    ]);
    const entries = threads.flatMap((thread) => entriesOf(thread));
    expect(entries.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...imported].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const cleo = threads.find((thread) => thread.contactId === 'cleo-fixture')!;
    expect(cleo.lastAt).toBe(NOW - DAY);
    expect(cleo.entries.map((entry) => entry.at)).toEqual([NOW - 400 * DAY, NOW - 3 * DAY, NOW - DAY]);
    // A person's history reads the same as before, oldest first, from both tables.
    const cleoBefore = before
      .filter((row: Interaction) => row.contactId === 'cleo-fixture')
      .sort((a: Interaction, b: Interaction) => a.at - b.at);
    expect(await historyOf(db, 'cleo-fixture')).toEqual(cleoBefore);
    // The summaries are what the whole history makes, as they were.
    expect(await storedSummaries(db)).toEqual(
      summariesBefore.sort((a, b) => a.contactId.localeCompare(b.contactId)),
    );
    expect(await storedSummary(db, 'cleo-fixture')).toEqual(summaryOf('cleo-fixture', cleoBefore));
    expect(await storedOpenFollowUps(db)).toEqual(openBefore);
    db.close();
  });
});
