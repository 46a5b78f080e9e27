import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { allThreads } from '../../../lib/db/thread-store';
import { SCHEMA_VERSIONS } from '../../../lib/db/versions';
import { CommitmentSchema } from '../../../lib/schema/commitment';
import { ContactSchema } from '../../../lib/schema/contact';
import { FollowUpStateSchema } from '../../../lib/schema/follow-up';
import { InteractionSchema } from '../../../lib/schema/interaction';
import { storedHistory } from '../../support/stored-history';

// As read-frog does: a filled database of every version upgraded to today's, every row then parsed strictly by
// today's schema. A new version needs only its fixture, tests/fixtures/db/v<N>.ts exporting `V<N>_FIXTURE`.
const FIXTURES = import.meta.glob<Record<string, Record<string, unknown[]>>>('../../fixtures/db/v*.ts', {
  eager: true,
});
const byVersion = Object.entries(FIXTURES)
  .map(([path, module]) => ({
    version: Number(/v(\d+)\.ts$/.exec(path)![1]),
    fixture: Object.values(module)[0]!,
  }))
  .sort((a, b) => a.version - b.version);

const STRICT: Record<string, z.ZodType> = {
  contacts: ContactSchema,
  interactions: InteractionSchema,
  commitments: CommitmentSchema,
  followUps: FollowUpStateSchema,
};

// From v16 imported history is kept one thread per person (lib/db/imported-threads.ts): the interactions a
// database holds are its rows and its threads' entries. From v19 the threads are kept in buckets
// (lib/db/thread-buckets.ts): a fixture's threads (v16–v18) are read back as threads.
const rowsOf = async (db: RapportDatabase, table: string) =>
  table === 'interactions'
    ? storedHistory(db)
    : table === 'threads'
      ? allThreads(db)
      : db.table(table).toArray();
type Thread = { entries: unknown[] };
const threadsIn = (fixture: Record<string, unknown[]>) => [
  ...((fixture.threads ?? []) as Thread[]),
  ...((fixture.threadBuckets ?? []) as { threads: Thread[] }[]).flatMap((bucket) => bucket.threads),
];
const entriesIn = (fixture: Record<string, unknown[]>) =>
  threadsIn(fixture).reduce((sum, thread) => sum + thread.entries.length, 0);

const NAME = 'rapport-every-version-test';
afterEach(() => Dexie.delete(NAME));

describe('every schema version upgrades to today', () => {
  // A version without its filled database is a version whose upgrade nobody ran on real rows.
  it('has a fixture for every schema version', () => {
    expect(byVersion.map((f) => f.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(byVersion)(
    'a filled version-$version database keeps every row, each valid today',
    async ({ version, fixture }) => {
      const older = openDatabase(
        NAME,
        SCHEMA_VERSIONS.filter((v) => v.version <= version),
      );
      await older.open();
      for (const [table, rows] of Object.entries(fixture)) await older.table(table).bulkPut(rows);
      older.close();

      const db = openDatabase(NAME);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      for (const [table, rows] of Object.entries(fixture)) {
        const upgraded = await rowsOf(db, table);
        expect(upgraded, table).toHaveLength(
          rows.length + (table === 'interactions' ? entriesIn(fixture) : 0),
        );
        const schema = STRICT[table];
        if (!schema) continue;
        for (const row of upgraded) {
          const parsed = (schema as z.ZodObject).strict().safeParse(row);
          const where = `${table} ${JSON.stringify(row).slice(0, 80)}`;
          expect(parsed.success ? [] : parsed.error.issues, where).toEqual([]);
          // A default the parse had to fill is a field the upgrade left out: readers that take rows as stored
          // (indexes, the queue's cards) would miss it.
          expect(row, where).toEqual(parsed.data);
        }
      }
      db.close();
    },
  );
});
