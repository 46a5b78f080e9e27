import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { backupParts } from '../../../lib/backup/write-backup';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { historyOf } from '../../../lib/db/queries/history-of';
import { loadNetworkData } from '../../../lib/db/queries/network-data';
import { allThreads, threadOf } from '../../../lib/db/thread-store';
import { summaryOf } from '../../../lib/engine/contact-summary';
import { buildImport } from '../../../lib/import/build-import';
import { chunkCount, chunkOf } from '../../../lib/import/plan-chunks';
import { readExport } from '../../../lib/import/read-export';
import { sendImport } from '../../../lib/import/send-import';
import type { Backup } from '../../../lib/protocol/backup';
import { NETWORK_WINDOW_MS } from '../../../lib/social/network';
import { routeAsAllowedSender } from '../../support/senders';
import { storedHistory } from '../../support/stored-history';
import { storedSummary } from '../../support/stored-summaries';
import { fixtureFiles } from '../import/fixture-export';

// Imported history is kept one thread per person (lib/db/imported-threads.ts): every feature that reads or changes
// a person's history sees the imported entries as it saw imported rows.
const NOW = Date.UTC(2025, 0, 10, 9);
const RUTH = 'ruth-adeyemi-demo';
let db: RapportDatabase;
let route: ReturnType<typeof routeAsAllowedSender>;

async function importFixture() {
  const { parsed, owners } = readExport(fixtureFiles('2024-12'));
  const plan = buildImport(parsed, owners[0] ?? null, { now: NOW, storeExcerpts: false, known: [] });
  const source = { chunks: chunkCount(plan, 3), chunk: async (seq: number) => chunkOf(plan, seq, 3) };
  const outcome = await sendImport(route, source, { importId: 'imported-history' });
  expect(outcome.status).toBe('done');
  return plan;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

beforeEach(() => {
  db = openDatabase(`imported-history-${Math.random()}`);
  route = routeAsAllowedSender(createHandlers({ db, now: () => NOW }));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('imported history, one thread per person', () => {
  it('is stored as one row per person, none in interactions, and read back whole as each person’s history', async () => {
    const plan = await importFixture();
    expect(await db.interactions.count()).toBe(0);
    const people = new Set(plan.interactions.map((row) => row.contactId));
    expect((await allThreads(db)).length).toBe(people.size);
    expect(byId(await storedHistory(db))).toEqual(byId(plan.interactions));
    for (const contactId of people) {
      const history = await historyOf(db, contactId);
      expect(byId(history)).toEqual(byId(plan.interactions.filter((row) => row.contactId === contactId)));
      expect(history.map((row) => row.at)).toEqual(history.map((row) => row.at).sort((a, b) => a - b));
      // The summary is what the whole history makes.
      expect((await storedSummary(db, contactId)) ?? null).toEqual(summaryOf(contactId, history));
    }
  });

  it('a newer export adds only its new rows to the stored threads, and the summaries follow', async () => {
    const plan = await importFixture();
    const ruths = plan.interactions.filter((row) => row.contactId === RUTH);
    const later = {
      ...ruths.at(-1)!,
      id: 'import:message:later',
      at: NOW - 60_000,
      kind: 'message-sent' as const,
      actor: 'me' as const,
    };
    const newer = { ...plan, interactions: [...plan.interactions, later] };
    const source = { chunks: chunkCount(newer, 3), chunk: async (seq: number) => chunkOf(newer, seq, 3) };
    const outcome = await sendImport(route, source, { importId: 'newer' });
    expect(outcome).toMatchObject({ status: 'done', result: { interactionsAdded: 1, contactsAdded: 0 } });
    const history = await historyOf(db, RUTH);
    expect(byId(history)).toEqual(byId([...ruths, later]));
    expect(await storedSummary(db, RUTH)).toEqual(summaryOf(RUTH, history));
    expect((await storedSummary(db, RUTH))?.latest.myOutreach?.id).toBe('import:message:later');
  });

  it('merges the thread with what was logged live, and a later live row does not hide the imported ones', async () => {
    await importFixture();
    const imported = await historyOf(db, RUTH);
    await route({
      type: 'interaction/log',
      payload: { contactId: RUTH, kind: 'call', at: NOW - 1_000, actor: 'me', context: 'A call' },
    });
    const history = await historyOf(db, RUTH);
    expect(history).toHaveLength(imported.length + 1);
    expect(history.at(-1)).toMatchObject({ kind: 'call', source: 'manual' });
    // The timeline's latest first, both kinds.
    expect((await historyOf(db, RUTH, 2)).map((row) => row.source)).toEqual(['import', 'manual']);
  });

  it('edits and deletes an imported entry from the timeline (which names its person), keeping the summary', async () => {
    await importFixture();
    const [first, second] = await historyOf(db, RUTH);
    const edit = await route({
      type: 'interaction/edit',
      payload: { id: second!.id, contactId: RUTH, changes: { context: 'Coffee after the meetup' } },
    });
    expect(edit).toEqual({ ok: true, value: { id: second!.id } });
    expect((await historyOf(db, RUTH)).find((row) => row.id === second!.id)).toMatchObject({
      context: 'Coffee after the meetup',
      source: 'import',
    });
    // Without its person an imported entry cannot be found: it says so rather than guess.
    expect(
      await route({ type: 'interaction/edit', payload: { id: first!.id, changes: { context: 'x' } } }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const remaining = (await historyOf(db, RUTH)).filter((row) => row.id !== first!.id);
    expect(await route({ type: 'interaction/delete', payload: { id: first!.id, contactId: RUTH } })).toEqual({
      ok: true,
      value: { id: first!.id, deleted: true },
    });
    expect(await historyOf(db, RUTH)).toEqual(remaining);
    expect((await storedSummary(db, RUTH)) ?? null).toEqual(summaryOf(RUTH, remaining));
    expect((await db.contacts.get(RUTH))?.lastInteractionAt).toBe(
      Math.max(...remaining.filter((row) => row.kind !== 'visit').map((row) => row.at)),
    );
  });

  it('deleting the last entry of a thread deletes the thread, and deleting a person deletes theirs', async () => {
    await importFixture();
    for (const row of await historyOf(db, RUTH))
      await route({ type: 'interaction/delete', payload: { id: row.id, contactId: RUTH } });
    expect(await threadOf(db, RUTH)).toBeUndefined();
    expect(await storedSummary(db, RUTH)).toBeUndefined();

    const [other] = await allThreads(db);
    await route({
      type: 'contact/delete',
      payload: { contactId: other!.contactId, confirm: other!.contactId },
    });
    expect(await threadOf(db, other!.contactId)).toBeUndefined();
    expect(await historyOf(db, other!.contactId)).toEqual([]);
  });

  it('counts imported exchanges of the last year in the network view', async () => {
    const plan = await importFixture();
    const { interactions } = await loadNetworkData(db, NOW);
    const inWindow = plan.interactions.filter(
      (row) => ['message-sent', 'message-received'].includes(row.kind) && row.at >= NOW - NETWORK_WINDOW_MS,
    );
    expect(inWindow.length).toBeGreaterThan(0);
    expect(interactions.filter((row) => row.kind.startsWith('message-'))).toHaveLength(inWindow.length);
  });

  it('travels in a backup as interactions (the file is as before) and comes back as threads', async () => {
    const plan = await importFixture();
    const exported = await route({ type: 'data/export', payload: {} });
    if (!exported.ok) throw new Error('export failed');
    expect(byId((exported.value as Backup).interactions)).toEqual(byId(plan.interactions));
    const { parts } = await backupParts(db, NOW);
    const file = JSON.parse(parts.join(''));
    expect(byId(file.interactions)).toEqual(byId(plan.interactions));
    const threads = await allThreads(db);
    const summaries = await db.summaryBuckets.toArray();

    await route({ type: 'data/wipe', payload: { confirm: 'wipe' } });
    expect((await allThreads(db)).length).toBe(0);
    expect(await route({ type: 'data/restore', payload: { backup: file } })).toMatchObject({ ok: true });
    expect(await db.interactions.count()).toBe(0);
    expect(await allThreads(db)).toEqual(threads);
    expect(await db.summaryBuckets.toArray()).toEqual(summaries);
  });
});
