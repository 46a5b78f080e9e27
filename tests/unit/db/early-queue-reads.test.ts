import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import {
  EARLY_READS_FRESH_MS,
  OPEN_LOOKBACK_LIMIT_MS,
  readQueueEarly,
  takeEarlyQueueReads,
} from '../../../lib/db/early-queue-reads';
import { loadQueue, readsFor } from '../../../lib/db/queries/load-queue';
import { QUEUE_RULES } from '../../../lib/engine/rules';
import { commitment, contact, DAY, interaction, settings } from '../engine/factories';
import { type IdbRead, idbReadSpy } from '../engine/idb-read-spy';

// The side panel's first bytes ask for the queue's week rows, dated rows and cards as soon as its database is open
// (entrypoints/sidepanel-early.ts); its first computation takes them over instead of reading them again.
const NOW = Date.parse('2026-06-10T10:00:00Z');
const SETTINGS = settings({ tagCadences: { mentor: 30 } });
let db: RapportDatabase;
let spied: IdbRead[];
let stopSpying: () => void;

beforeEach(async () => {
  db = openDatabase(`early-reads-${Math.random()}`);
  globalThis.rapportEarlyQueueReads = undefined;
  const people = Array.from({ length: 40 }, (_, n) =>
    contact({
      id: `p${n}`,
      name: `Person ${n}`,
      tags: n % 3 ? [] : ['mentor'],
      firstSeenAt: NOW - 400 * DAY,
    }),
  );
  await db.contacts.bulkPut(people);
  // Met and given to within every window the rules read (open follow-ups), and 25 days back: past the meeting
  // rule's 14 days, inside the 31 read early.
  await db.interactions.bulkPut(
    people.flatMap((person, n) => [
      interaction({ contactId: person.id, kind: 'met', actor: 'me', at: NOW - (n % 20) * DAY - DAY / 2 }),
      interaction({ contactId: person.id, kind: 'helped', actor: 'them', at: NOW - 25 * DAY }),
    ]),
  );
  await db.commitments.bulkPut(
    people
      .slice(0, 10)
      .map((person, n) =>
        commitment({ contactId: person.id, by: n % 2 ? 'me' : 'them', dueAt: NOW + (n - 5) * DAY }),
      ),
  );
  spied = [];
  stopSpying = idbReadSpy((read) => spied.push(read));
});
afterEach(async () => {
  stopSpying();
  globalThis.rapportEarlyQueueReads = undefined;
  db.close();
  await Dexie.delete(db.name);
});

it('gives the same queue from the rows read early, and does not read them again', async () => {
  const raw = await backendOf(db);
  const context = { settings: SETTINGS, now: NOW, timeZone: 'UTC' };
  const readItself = await loadQueue(raw, context);
  expect(new Set(readItself.map((item) => item.ruleId))).toEqual(
    new Set(['meeting-follow-up', 'thanks-owed', 'cadence', 'promise-due']),
  );
  readQueueEarly(raw, NOW - 50);
  const early = takeEarlyQueueReads(raw, NOW);
  expect(early).toBeDefined();
  spied.length = 0;
  const fromEarly = await loadQueue(raw, { ...context, early });
  expect(fromEarly).toEqual(readItself);
  const tables = spied.map((read) => read.table);
  expect(tables).not.toContain('openWeeks');
  expect(tables).not.toContain('datedCommitments');
  expect(tables).not.toContain('queueCards');
});

it('is taken once, on its own connection, while fresh; otherwise the queue reads for itself', async () => {
  const raw = await backendOf(db);
  const other = openDatabase(db.name);
  const otherRaw = await backendOf(other);
  try {
    readQueueEarly(raw, NOW);
    expect(takeEarlyQueueReads(otherRaw, NOW)).toBeUndefined();
    readQueueEarly(raw, NOW);
    expect(takeEarlyQueueReads(raw, NOW + EARLY_READS_FRESH_MS + 1)).toBeUndefined();
    readQueueEarly(raw, NOW);
    expect(takeEarlyQueueReads(raw, NOW - 1)).toBeUndefined();
    readQueueEarly(raw, NOW);
    expect(takeEarlyQueueReads(raw, NOW + EARLY_READS_FRESH_MS)?.at).toBe(NOW);
    expect(takeEarlyQueueReads(raw, NOW + EARLY_READS_FRESH_MS)).toBeUndefined();
  } finally {
    other.close();
  }
});

it('reads the week rows of every window a rule reads', () => {
  const { openWithinMs } = readsFor(QUEUE_RULES);
  expect(openWithinMs).toBeGreaterThan(0);
  expect(openWithinMs).toBeLessThanOrEqual(OPEN_LOOKBACK_LIMIT_MS);
});
