import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { entriesOf, threadsOf } from '../../../lib/db/imported-threads';
import { getPresent, PRESENT_FIRST_FROM } from '../../../lib/db/present-first';
import { summariesOf } from '../../../lib/db/summary-store';
import { putThreads, THREAD_TABLE } from '../../../lib/db/thread-store';
import { summaryOf } from '../../../lib/engine/contact-summary';
import { contact, DAY, interaction } from '../engine/factories';

describe('getPresent', () => {
  const stored = new Map([
    ['b', 'row b'],
    ['d', 'row d'],
  ]);
  const lookups: string[][] = [];
  const getMany = async (keys: string[]) => {
    lookups.push(keys);
    return keys.map((key) => stored.get(key));
  };
  const allKeys = async () => [...stored.keys()];

  it('looks few keys up directly', async () => {
    lookups.length = 0;
    expect(await getPresent(['a', 'b'], allKeys, getMany)).toEqual([undefined, 'row b']);
    expect(lookups).toEqual([['a', 'b']]);
  });

  it('for many keys asks only for those stored, and answers every key in its order', async () => {
    lookups.length = 0;
    const keys = [...Array.from({ length: PRESENT_FIRST_FROM }, (_, i) => `new-${i}`), 'd', 'b'];
    const rows = await getPresent(keys, allKeys, getMany);
    expect(rows).toHaveLength(keys.length);
    expect(rows.slice(-2)).toEqual(['row d', 'row b']);
    expect(rows.slice(0, -2).every((row) => row === undefined)).toBe(true);
    expect(lookups).toEqual([['d', 'b']]);
    lookups.length = 0;
    expect(await getPresent(keys.slice(0, -2), allKeys, getMany)).toEqual(
      keys.slice(0, -2).map(() => undefined),
    );
    expect(lookups).toEqual([]);
  });
});

describe('the summaries of many people written at once', () => {
  let db: RapportDatabase;
  beforeEach(() => {
    db = openDatabase(`present-first-${Math.random()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  const met = (contactId: string, day: number) =>
    interaction({ id: `${contactId}-${day}`, contactId, kind: 'met', at: day * DAY, source: 'import' });
  const people = Array.from({ length: PRESENT_FIRST_FROM * 2 }, (_, i) => `person-${i}`);

  it('are folded into those stored (some people have one, most not), in the one transaction', async () => {
    // Half the people met long ago, logged live (their summaries are stored); every one is imported now.
    await db.interactions.bulkAdd(
      people
        .slice(0, PRESENT_FIRST_FROM)
        .map((id) => ({ ...met(id, 1), id: `${id}-live`, source: 'manual' as const })),
    );
    const threads = threadsOf(people.map((id) => met(id, 5)));
    await db.transaction('rw', [THREAD_TABLE, 'contacts'], async () => {
      await putThreads(db, threads);
      // A write after the fold: still in the transaction (Dexie's zone kept across the keys read first).
      await db.contacts.put(contact({ id: 'after' }));
      expect(Dexie.currentTransaction).not.toBeNull();
    });
    const live = await db.interactions.toArray();
    const expected = people.map((id) =>
      summaryOf(id, [
        ...live.filter((row) => row.contactId === id),
        ...entriesOf(threads.find((t) => t.contactId === id)),
      ]),
    );
    expect(await summariesOf((keys) => db.summaryBuckets.bulkGet(keys), people)).toEqual(expected);
    expect(await db.contacts.get('after')).toBeDefined();
  });
});
