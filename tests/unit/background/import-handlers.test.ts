import Dexie, { type DBCoreMutateResponse } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { estimatedWork, readWork, threadsWork, writeWork } from '../../../lib/background/import-commit-work';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { ROWS_PER_REQUEST } from '../../../lib/db/put-in-slices';
import { historyOf } from '../../../lib/db/queries/history-of';
import { THREAD_TABLE } from '../../../lib/db/thread-store';
import { buildImport } from '../../../lib/import/build-import';
import type { ImportPlan } from '../../../lib/import/import-plan';
import { chunkCount, chunkOf, recordsIn } from '../../../lib/import/plan-chunks';
import { readExport } from '../../../lib/import/read-export';
import { type StagedProgress, sendImport } from '../../../lib/import/send-import';
import { WorkerStaging } from '../../../lib/import/worker-staging';
import type { Transport } from '../../../lib/protocol/client';
import type { Reply } from '../../../lib/protocol/envelope';
import { IMPORT_CHUNK_SIZE } from '../../../lib/protocol/import-chunk-size';
import { generateExport } from '../../../scripts/bench/import-export-generator';
import { routeAsAllowedSender } from '../../support/senders';
import { fixtureFiles } from '../import/fixture-export';

const NOW = Date.UTC(2026, 2, 1, 9);
let db: RapportDatabase;
let route: ReturnType<typeof routeAsAllowedSender>;

function planOf(variant: string): ImportPlan {
  const { parsed, owners } = readExport(fixtureFiles(variant));
  return buildImport(parsed, owners[0] ?? null, { now: NOW, storeExcerpts: false, known: [] });
}

/** What a plan's chunks hold, as the options page tells the commit. */
const countsOf = (plan: ImportPlan) => ({
  contacts: plan.contacts.length,
  interactions: plan.interactions.length,
});

/** The plan in chunks of `size` records, through the same client code the options page uses. */
function importPlan(plan: ImportPlan, size = 2, signal?: AbortSignal) {
  const source = { chunks: chunkCount(plan, size), chunk: async (seq: number) => chunkOf(plan, seq, size) };
  return sendImport(route, source, { importId: 'test-import', signal, staged: countsOf(plan) });
}

/** Every table of what Rapport knows (the settings' own copy, seeded on first use, is not an import's). */
async function snapshot() {
  const data = db.tables.filter((t) => t.name !== 'settings');
  return Object.fromEntries(await Promise.all(data.map(async (t) => [t.name, await t.toArray()] as const)));
}

/**
 * Routes each put of threads' buckets (the commit's writes of people's imported history) through `put`, which may
 * do the write. A middleware is taken only by a database not yet open: call it first.
 */
function onThreadPuts(put: (write: () => Promise<DBCoreMutateResponse>) => Promise<DBCoreMutateResponse>) {
  db.use({
    stack: 'dbcore',
    name: 'thread-puts',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== THREAD_TABLE) return table;
        return {
          ...table,
          mutate: (req) => (req.type === 'put' ? put(() => table.mutate(req)) : table.mutate(req)),
        };
      },
    }),
  });
}

beforeEach(() => {
  db = openDatabase(`import-${Math.random()}`);
  route = routeAsAllowedSender(createHandlers({ db, now: () => NOW }));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('import through the background', () => {
  it('stores the contacts and interactions of an export and clears the staging', async () => {
    const outcome = await importPlan(planOf('2024-12'));
    expect(outcome).toEqual({
      status: 'done',
      result: { contactsAdded: 4, contactsUpdated: 0, interactionsAdded: 9 },
    });
    expect((await db.contacts.get('hana-sato-demo'))?.lastInteractionAt).toBe(
      Date.UTC(2024, 11, 17, 8, 2, 10),
    );
    // Two messages and the connection itself.
    expect(await historyOf(db, 'ruth-adeyemi-demo')).toHaveLength(3);
    expect(await db.importChunks.count()).toBe(0);
  });

  it('importing the same export twice changes nothing', async () => {
    await importPlan(planOf('2024-12'));
    const before = await snapshot();
    const again = await importPlan(planOf('2024-12'));
    expect(again).toEqual({
      status: 'done',
      result: { contactsAdded: 0, contactsUpdated: 0, interactionsAdded: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('merges into the captured contact: fills empty fields, keeps corrected and captured ones and the source', async () => {
    await route({
      type: 'profile/captured',
      payload: {
        publicId: 'hana-sato-demo',
        profileUrl: 'https://www.linkedin.com/in/hana-sato-demo/',
        name: 'Hana Sato-Lee',
        title: 'Director',
      },
    });
    await route({
      type: 'contact/edit',
      payload: { contactId: 'hana-sato-demo', changes: { company: 'Own Words Ltd' } },
    });
    await importPlan(planOf('2024-12'));
    expect(await db.contacts.where('name').startsWith('Hana').count()).toBe(1);
    expect(await db.contacts.get('hana-sato-demo')).toMatchObject({
      name: 'Hana Sato-Lee',
      title: 'Director',
      company: 'Own Words Ltd',
      connectedAt: Date.UTC(2024, 11, 16, 12),
      source: 'capture',
      lastInteractionAt: Date.UTC(2024, 11, 17, 8, 2, 10),
    });
  });

  it('a cancel leaves the database exactly as before the import', async () => {
    await importPlan(planOf('2022-09'));
    const before = await snapshot();
    const controller = new AbortController();
    const plan = planOf('2024-12');
    const source = {
      chunks: chunkCount(plan, 1),
      chunk: async (seq: number) => {
        if (seq === 2) controller.abort();
        return chunkOf(plan, seq, 1);
      },
    };
    const outcome = await sendImport(route, source, { importId: 'cancelled', signal: controller.signal });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(await snapshot()).toEqual(before);
  });

  it('commits the chunks the worker staged itself (no import/chunk message) as it commits chunks sent as records', async () => {
    const plan = planOf('2024-12');
    // The network view is computed when asked (its rows carry the time); the staging is dropped after the commit.
    const stored = async () => {
      const { network: _, importChunks: __, ...tables } = await snapshot();
      return tables;
    };
    await importPlan(plan);
    const asRecords = await stored();
    db.close();
    await Dexie.delete(db.name);
    db = openDatabase(`import-${Math.random()}`);
    route = routeAsAllowedSender(createHandlers({ db, now: () => NOW }));
    const sent: string[] = [];
    const relay: Transport = (message) => {
      sent.push(message.type);
      return route(message);
    };
    const source = {
      chunks: chunkCount(plan, 2),
      // As the import's worker does it: at the version the background's begin answered.
      chunk: async (seq: number, { importId, version }: { importId: string; version: number }) => {
        const staging = await WorkerStaging.open(version, db.name);
        const records = chunkOf(plan, seq, 2);
        await staging.put({ importId, seq, ...records });
        staging.close();
        return { staged: recordsIn(records) };
      },
    };
    expect((await sendImport(relay, source, { importId: 'by-worker' })).status).toBe('done');
    expect(sent).not.toContain('import/chunk');
    expect(await stored()).toEqual(asRecords);
  });

  it('refuses a staged chunk that is not what the schema says, naming the part and the field, and writes nothing', async () => {
    const plan = planOf('2024-12');
    const before = await snapshot();
    await route({ type: 'import/begin', payload: { importId: 'bad' } });
    const good = chunkOf(plan, 0, 100);
    await db.importChunks.put({ importId: 'bad', seq: 0, ...good });
    const nameless = { ...good.contacts[0], id: 'no-name', name: undefined };
    await db.importChunks.put({ importId: 'bad', seq: 1, contacts: [nameless], interactions: [] });
    const committed = (await route({
      type: 'import/commit',
      payload: { importId: 'bad', chunks: 2 },
    })) as Reply<unknown>;
    expect(committed.ok).toBe(false);
    expect(!committed.ok && committed.error.message).toMatch(
      /^Part 2 of 2 is not valid \(contacts\.0\.name: .*nothing was written/,
    );
    expect(await snapshot()).toEqual({ ...before, importChunks: expect.any(Array) });
  });

  it('asks for the next chunk while one is on its way to the background, and stages every chunk once', async () => {
    const plan = planOf('2024-12');
    const events: string[] = [];
    const source = {
      chunks: chunkCount(plan, 1),
      chunk: async (seq: number) => {
        events.push(`make ${seq}`);
        return chunkOf(plan, seq, 1);
      },
    };
    const relay: Transport = async (message) => {
      const seq = (message.payload as { seq?: number }).seq;
      if (message.type === 'import/chunk') events.push(`send ${seq}`);
      const reply = await route(message);
      if (message.type === 'import/chunk') events.push(`staged ${seq}`);
      return reply;
    };
    const outcome = await sendImport(relay, source, { importId: 'ahead' });
    expect(outcome.status).toBe('done');
    // The next is asked for before this one is sent, not after it is staged.
    expect(events.slice(0, 4)).toEqual(['make 0', 'make 1', 'send 0', 'staged 0']);
    expect(events.filter((e) => e.startsWith('make'))).toHaveLength(source.chunks);
    expect(events.filter((e) => e.startsWith('staged'))).toHaveLength(source.chunks);
  });

  describe('while the commit writes', () => {
    /** A plan of several write batches (of contacts, then of people's threads). */
    function bigPlan(): ImportPlan {
      const { parsed, owners } = readExport(generateExport(3 * ROWS_PER_REQUEST, 3 * ROWS_PER_REQUEST));
      return buildImport(parsed, owners[0] ?? null, { now: NOW, storeExcerpts: false, known: [] });
    }
    /**
     * Calls `then` once, inside the first write of threads after `arm()` (as the commit's first batch of them is
     * being written, before it is counted). A middleware is taken only by a database not yet open: call it first.
     */
    function afterFirstBatch(then: () => unknown) {
      let seen = true;
      onThreadPuts(async (write) => {
        const result = await write();
        if (!seen) {
          seen = true;
          await then();
        }
        return result;
      });
      return () => {
        seen = false;
      };
    }

    it('tells how much of its work it has done, of its whole, weighing each read and write by its cost', async () => {
      const plan = bigPlan();
      const seen: unknown[] = [];
      afterFirstBatch(async () =>
        seen.push(await route({ type: 'import/progress', payload: { importId: 'test-import' } })),
      )();
      expect((await importPlan(plan, IMPORT_CHUNK_SIZE)).status).toBe('done');
      const people = new Set(plan.interactions.map((row) => row.contactId)).size;
      const readAll = readWork(plan.contacts.length, plan.interactions.length);
      const madeAll = threadsWork(plan.interactions.length);
      const contactsWritten = readAll + writeWork(plan.contacts.length, 0, 0) + madeAll;
      const total = readAll + madeAll + writeWork(plan.contacts.length, plan.interactions.length, people);
      // Seen as the first batch of threads is written: every chunk was read back, every contact written, every
      // thread made.
      expect(seen).toEqual([{ ok: true, value: { written: contactsWritten, total } }]);
      // Nothing runs any more.
      expect(await route({ type: 'import/progress', payload: { importId: 'test-import' } })).toEqual({
        ok: true,
        value: { written: 0, total: 0 },
      });
    });

    /**
     * Calls `then` once, as the commit's first read of its staged chunks is answered (before they are checked and
     * counted). A middleware is taken only by a database not yet open: call it first.
     */
    function onFirstStagingRead(then: () => unknown) {
      let seen = false;
      db.use({
        stack: 'dbcore',
        name: 'first-staging-read',
        create: (down) => ({
          ...down,
          table(name) {
            const table = down.table(name);
            if (name !== 'importChunks') return table;
            return {
              ...table,
              // Only the commit queries the staging (begin and cancel delete it, a chunk is put).
              query: async (req) => {
                const result = await table.query(req);
                if (!seen) {
                  seen = true;
                  await then();
                }
                return result;
              },
            };
          },
        }),
      });
    }

    it('knows its whole, as the page counted it, from its first read of the staging', async () => {
      const plan = bigPlan();
      const seen: unknown[] = [];
      onFirstStagingRead(async () =>
        seen.push(await route({ type: 'import/progress', payload: { importId: 'test-import' } })),
      );
      expect((await importPlan(plan, IMPORT_CHUNK_SIZE)).status).toBe('done');
      const whole = estimatedWork(countsOf(plan), chunkCount(plan, IMPORT_CHUNK_SIZE), IMPORT_CHUNK_SIZE);
      expect(whole).toBeGreaterThan(0);
      expect(seen).toEqual([{ ok: true, value: { written: 0, total: whole } }]);
    });

    it('a page that miscounts, or sends a count that is none, still gets its import committed', async () => {
      const plan = bigPlan();
      const chunks = chunkCount(plan, IMPORT_CHUNK_SIZE);
      const source = { chunks, chunk: async (seq: number) => chunkOf(plan, seq, IMPORT_CHUNK_SIZE) };
      const wrong = { contacts: 1e9, interactions: 0 };
      expect(await sendImport(route, source, { importId: 'miscounted', staged: wrong })).toMatchObject({
        status: 'done',
        result: { contactsAdded: plan.contacts.length },
      });
      await route({ type: 'import/begin', payload: { importId: 'not-a-count' } });
      for (let seq = 0; seq < chunks; seq++)
        await route({
          type: 'import/chunk',
          payload: { importId: 'not-a-count', seq, ...chunkOf(plan, seq, IMPORT_CHUNK_SIZE) },
        });
      const committed = await route({
        type: 'import/commit',
        payload: { importId: 'not-a-count', chunks, staged: { contacts: -1, interactions: 'many' } },
      });
      // Everything was there already: committed, nothing new.
      expect(committed).toEqual({
        ok: true,
        value: { contactsAdded: 0, contactsUpdated: 0, interactionsAdded: 0 },
      });
    });

    it('a wrong interaction in the last part, checked while the contacts are written, keeps nothing', async () => {
      const plan = bigPlan();
      const before = await snapshot();
      const chunks = chunkCount(plan, ROWS_PER_REQUEST);
      await route({ type: 'import/begin', payload: { importId: 'late-bad' } });
      for (let seq = 0; seq < chunks; seq++) {
        const chunk = chunkOf(plan, seq, ROWS_PER_REQUEST);
        const last = seq === chunks - 1;
        const interactions = last
          ? chunk.interactions.map((row, i) => (i === 1 ? { ...row, at: 'yesterday' } : row))
          : chunk.interactions;
        await db.importChunks.put({ importId: 'late-bad', seq, ...chunk, interactions });
      }
      const committed = (await route({
        type: 'import/commit',
        payload: { importId: 'late-bad', chunks },
      })) as Reply<unknown>;
      expect(!committed.ok && committed.error.message).toMatch(
        new RegExp(
          `^Part ${chunks} of ${chunks} is not valid \\(interactions\\.1\\.at: .*nothing was written`,
        ),
      );
      expect(await snapshot()).toEqual({ ...before, importChunks: expect.any(Array) });
    });

    it('a cancel stops it before the next batch, and nothing it wrote is kept', async () => {
      const controller = new AbortController();
      // As from the page: outside the commit's transaction (here the hook runs inside it).
      const arm = afterFirstBatch(() => Dexie.ignoreTransaction(() => controller.abort()));
      await importPlan(planOf('2022-09'));
      const before = await snapshot();
      arm();
      const plan = bigPlan();
      const progress: StagedProgress[] = [];
      const outcome = await sendImport(
        route,
        {
          chunks: chunkCount(plan, IMPORT_CHUNK_SIZE),
          chunk: async (seq) => chunkOf(plan, seq, IMPORT_CHUNK_SIZE),
        },
        {
          importId: 'cancelled-while-saving',
          signal: controller.signal,
          onProgress: (step) => progress.push(step),
        },
      );
      expect(outcome).toEqual({ status: 'cancelled' });
      // Every record was sent; the cancel came while saving.
      expect(progress.filter((step) => step.phase === 'sending').at(-1)).toEqual({
        phase: 'sending',
        done: plan.contacts.length + plan.interactions.length,
        share: 1,
      });
      // Saving from the moment the commit is asked for, before it knows its whole.
      const lastSent = progress.findLastIndex((step) => step.phase === 'sending');
      expect(progress[lastSent + 1]).toEqual({ phase: 'saving', done: 0, total: 0 });
      expect(await snapshot()).toEqual(before);
    });
  });

  it('a cancel that comes while the commit merges thousands of people stops it there, and nothing is kept', async () => {
    const { parsed, owners } = readExport(generateExport(2_500, 2_500));
    const plan = buildImport(parsed, owners[0] ?? null, { now: NOW, storeExcerpts: false, known: [] });
    let wrote = false;
    const cancel = () =>
      Dexie.ignoreTransaction(() => route({ type: 'import/cancel', payload: { importId: 'merging' } }));
    db.use({
      stack: 'dbcore',
      name: 'cancel-in-the-merge',
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            // The commit's first look at the database between two slices of its merge: the user cancels then.
            get: (req) => {
              if (name === 'importChunks' && !wrote) void cancel();
              return table.get(req);
            },
            mutate: (req) => {
              if (name === 'contacts') wrote = true;
              return table.mutate(req);
            },
          };
        },
      }),
    });
    const before = await snapshot();
    const source = {
      chunks: chunkCount(plan, IMPORT_CHUNK_SIZE),
      chunk: async (seq: number) => chunkOf(plan, seq, IMPORT_CHUNK_SIZE),
    };
    const outcome = await sendImport(route, source, { importId: 'merging' });
    expect(outcome).toMatchObject({ status: 'failed', message: /cancelled/ });
    // Stopped before its first write, not after writing every contact.
    expect(wrote).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('reads back every chunk staged, however many, in order', async () => {
    const plan = planOf('2024-12');
    expect(chunkCount(plan, 1)).toBeGreaterThan(8);
    const oneByOne = { chunks: chunkCount(plan, 1), chunk: async (seq: number) => chunkOf(plan, seq, 1) };
    expect(await sendImport(route, oneByOne, { importId: 'one-by-one' })).toEqual({
      status: 'done',
      result: { contactsAdded: 4, contactsUpdated: 0, interactionsAdded: 9 },
    });
  });

  it('keeps the summaries of thousands of people a few hundred rows per request, so an abort is not held back', async () => {
    const puts: number[] = [];
    db.use({
      stack: 'dbcore',
      name: 'summary-puts',
      // Below the summaries' own middleware (10), which writes them.
      level: 5,
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== 'summaryBuckets') return table;
          return {
            ...table,
            mutate: (req) => {
              if (req.type === 'put') puts.push(req.values.length);
              return table.mutate(req);
            },
          };
        },
      }),
    });
    const { parsed, owners } = readExport(generateExport(1_000, 2_000));
    const plan = buildImport(parsed, owners[0] ?? null, { now: NOW, storeExcerpts: false, known: [] });
    expect((await importPlan(plan, IMPORT_CHUNK_SIZE)).status).toBe('done');
    expect(puts.reduce((sum, n) => sum + n, 0)).toBe(await db.summaryBuckets.count());
    expect(Math.max(...puts)).toBeLessThanOrEqual(ROWS_PER_REQUEST);
  });

  it('a failure in the middle of the commit writes nothing', async () => {
    // The disk refuses the threads, after the contacts were written.
    onThreadPuts(async () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    });
    const before = await snapshot();
    const outcome = await importPlan(planOf('2024-12'), 3);
    expect(outcome.status).toBe('failed');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to commit when a chunk is missing', async () => {
    const plan = planOf('2024-12');
    await route({ type: 'import/begin', payload: { importId: 'x' } });
    await route({ type: 'import/chunk', payload: { importId: 'x', seq: 0, ...chunkOf(plan, 0, 3) } });
    const reply = await route({ type: 'import/commit', payload: { importId: 'x', chunks: 2 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request', message: /1 of 2 parts/ } });
    expect(await db.contacts.count()).toBe(0);
  });

  it('staging survives a restart of the background worker', async () => {
    const plan = planOf('2024-12');
    await route({ type: 'import/begin', payload: { importId: 'y' } });
    await route({ type: 'import/chunk', payload: { importId: 'y', seq: 0, ...chunkOf(plan, 0, 100) } });
    db.close();
    db = openDatabase(db.name);
    route = routeAsAllowedSender(createHandlers({ db, now: () => NOW }));
    expect(await route({ type: 'import/commit', payload: { importId: 'y', chunks: 1 } })).toMatchObject({
      ok: true,
    });
    expect(await db.contacts.count()).toBe(plan.contacts.length);
  });

  it('a new import drops what an abandoned one staged', async () => {
    const plan = planOf('2024-12');
    await route({ type: 'import/begin', payload: { importId: 'abandoned' } });
    await route({
      type: 'import/chunk',
      payload: { importId: 'abandoned', seq: 0, ...chunkOf(plan, 0, 100) },
    });
    await route({ type: 'import/begin', payload: { importId: 'next' } });
    expect(await db.importChunks.count()).toBe(0);
  });

  it('answers each chunk with whether it was kept: not once the import was cancelled', async () => {
    const plan = planOf('2024-12');
    const stage = (seq: number) =>
      route({ type: 'import/chunk', payload: { importId: 'told', seq, ...chunkOf(plan, seq, 1) } });
    await route({ type: 'import/begin', payload: { importId: 'told' } });
    expect(await stage(0)).toEqual({ ok: true, value: { staged: true } });
    await route({ type: 'import/cancel', payload: { importId: 'told' } });
    expect(await stage(1)).toEqual({ ok: true, value: { staged: false } });
    expect(await db.importChunks.count()).toBe(0);
  });

  it("times its steps on the background's timeline, and a new import starts the timeline over", async () => {
    const steps = () =>
      performance
        .getEntriesByType('measure')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith('import: '));
    await importPlan(planOf('2024-12'));
    expect(new Set(steps())).toEqual(
      new Set([
        'import: stage a chunk',
        'import: commit: read the staged chunks, check their contacts',
        'import: commit: read the stored contacts',
        'import: commit: read the stored threads',
        'import: commit: write contacts',
        'import: commit: check the interactions left, make the threads',
        'import: commit: write threads',
        'import: commit: keep summaries and queue cards',
      ]),
    );
    expect(steps().filter((name) => name === 'import: stage a chunk')).toHaveLength(
      chunkCount(planOf('2024-12'), 2),
    );
    await route({ type: 'import/begin', payload: { importId: 'next' } });
    expect(steps()).toEqual([]);
  });
});
