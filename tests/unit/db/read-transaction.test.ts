import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { ReadTransaction, startingWith } from '../../../lib/db/read-transaction';
import { contact } from '../engine/factories';

// The queue's reads without Dexie must answer as Dexie's did (lib/db/queries/load-queue.ts used where/between,
// reverse, filter, limit, startsWith, anyOf and bulkGet).
let db: RapportDatabase;
let reads: ReadTransaction;
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

beforeEach(async () => {
  db = openDatabase(`read-transaction-${crypto.randomUUID()}`);
  await db.contacts.bulkPut([5, 1, 4, 2, 3].map((n) => contact({ id: `p${n}`, lastInteractionAt: n * 10 })));
  reads = new ReadTransaction(await backendOf(db), ['contacts']);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const range = { index: 'lastInteractionAt', from: 20, to: 40 };

describe('ReadTransaction', () => {
  it('reads a range of an index in its order, as Dexie between(…, true, true) did', async () => {
    expect(ids(await reads.all('contacts', range))).toEqual(['p2', 'p3', 'p4']);
    expect(ids(await reads.walk('contacts', range, { limit: 2 }))).toEqual(['p2', 'p3']);
  });

  it('walks newest first, keeps what the filter keeps, and stops at the limit counted after the filter', async () => {
    const keep = (row: { id: string }) => row.id !== 'p3';
    expect(ids(await reads.walk('contacts', range, { reverse: true }))).toEqual(['p4', 'p3', 'p2']);
    expect(ids(await reads.walk('contacts', range, { reverse: true, keep, limit: 1 }))).toEqual(['p4']);
    expect(ids(await reads.walk('contacts', range, { reverse: true, keep, limit: 2 }))).toEqual(['p4', 'p2']);
    expect(ids(await reads.walk('contacts', range, { keep, limit: 2 }))).toEqual(['p2', 'p4']);
    expect(ids(await reads.walk('contacts', range, { keep }))).toEqual(['p2', 'p4']);
  });

  it('walks on past a first batch whose rows the filter mostly drops, and stops where the range ends', async () => {
    const everyone = { index: 'lastInteractionAt', from: 0, to: 100 };
    // The first batch (4 rows per row kept) is p5…p2, none kept: the walk goes on to p1.
    const onlyP1 = (row: { id: string }) => row.id === 'p1';
    expect(ids(await reads.walk('contacts', everyone, { reverse: true, keep: onlyP1, limit: 1 }))).toEqual([
      'p1',
    ]);
    // Fewer rows kept than the limit asks, the whole range read: all there are.
    const odd = (row: { id: string }) => ['p1', 'p3', 'p5'].includes(row.id);
    expect(ids(await reads.walk('contacts', everyone, { reverse: true, keep: odd, limit: 2 }))).toEqual([
      'p5',
      'p3',
    ]);
    expect(ids(await reads.walk('contacts', everyone, { reverse: true, keep: odd, limit: 4 }))).toEqual([
      'p5',
      'p3',
      'p1',
    ]);
    expect(ids(await reads.walk('contacts', everyone, { reverse: true, limit: 2 }))).toEqual(['p5', 'p4']);
  });

  it('asks for a walk before its filter is known, and filters once it is (its first batch and past it)', async () => {
    const everyone = { index: 'lastInteractionAt', from: 0, to: 100 };
    let known!: (keep: (row: { id: string }) => boolean) => void;
    const keep = new Promise<(row: { id: string }) => boolean>((resolve) => {
      known = resolve;
    });
    const asked: string[] = [];
    const getAll = IDBIndex.prototype.getAll;
    IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<typeof getAll>) {
      asked.push(this.name);
      return getAll.apply(this, args);
    };
    try {
      const walked = reads.walk<{ id: string }>('contacts', everyone, { reverse: true, keep, limit: 2 });
      // The request is out while the filter is still unknown: nothing waits on it to ask.
      expect(asked).toEqual(['lastInteractionAt']);
      known((row) => row.id !== 'p5' && row.id !== 'p4');
      expect(ids(await walked)).toEqual(['p3', 'p2']);
      // A filter known only later still walks past a first batch that keeps too few.
      const onlyP1 = Promise.resolve((row: { id: string }) => row.id === 'p1');
      expect(ids(await reads.walk('contacts', everyone, { reverse: true, keep: onlyP1, limit: 1 }))).toEqual([
        'p1',
      ]);
      expect(ids(await reads.walk('contacts', range, { keep: onlyP1 }))).toEqual([]);
    } finally {
      IDBIndex.prototype.getAll = getAll;
    }
  });

  it('reads nothing for a range that ends before it starts (IndexedDB would throw; Dexie gave nothing)', async () => {
    const backwards = { index: 'lastInteractionAt', from: 40, to: 20 };
    expect(await reads.all('contacts', backwards)).toEqual([]);
    expect(await reads.walk('contacts', backwards, { reverse: true, limit: 1 })).toEqual([]);
    expect(await reads.primaryKeys('contacts', backwards)).toEqual([]);
  });

  it('gets rows by key in the keys’ order, undefined where none is stored, and keys by prefix', async () => {
    expect(
      (await reads.get<{ id: string }>('contacts', ['p3', 'nobody', 'p1'])).map((row) => row?.id),
    ).toEqual(['p3', undefined, 'p1']);
    expect(await reads.primaryKeys('contacts', startingWith('p'))).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(ids(await reads.anyOf('contacts', 'lastInteractionAt', [50, 10]))).toEqual(['p5', 'p1']);
  });
});
