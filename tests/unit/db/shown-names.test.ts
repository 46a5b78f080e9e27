import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNLINKED_PREFIX } from '../../../lib/contacts/unlinked';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { deferUpkeep, flushUpkeep } from '../../../lib/db/deferred-upkeep';
import { threadsOf } from '../../../lib/db/imported-threads';
import { cardsIn } from '../../../lib/db/queue-cards-middleware';
import { pageOfId } from '../../../lib/db/shown-pages';
import { namedIn, storedRowsOf } from '../../../lib/db/summary-store';
import { putThreads } from '../../../lib/db/thread-store';
import { queueRowsPart } from '../../support/queue-rows';
import { storedSummaries } from '../../support/stored-summaries';
import { contact, DAY, interaction } from '../engine/factories';
import { type IdbRead, idbReadSpy } from '../engine/idb-read-spy';

// Schema v26: the queue cards and the open follow-ups' week rows keep the name and page of their people, kept
// current on every write of a contact, so the queue names the people it shows without reading their contacts.

let db: RapportDatabase;

beforeEach(() => {
  db = openDatabase(`shown-names-${Math.random()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The name and page of each carded person, as the card rows keep them. */
const onCards = async () =>
  Object.fromEntries(
    (await queueRowsPart(db, 'queueCards').toArray()).flatMap((row) =>
      cardsIn(row).map(([id, { name, profileUrl }]) => [id, { name, profileUrl }]),
    ),
  );

/** The name and page of each person with a follow-up open, as the week rows keep them. */
const onWeeks = async () => Object.fromEntries(namedIn(await queueRowsPart(db, 'openWeeks').toArray()));

/** The week rows as they must be: made from the summaries and the contacts stored. */
async function expectedWeeks() {
  const contacts = new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
  return storedRowsOf(await storedSummaries(db), (id) => contacts.get(id)).weeks.sort(
    (a, b) => a.week - b.week,
  );
}

/** A follow-up open for the person: I met them and nothing has happened since. */
const met = (contactId: string, at = 10 * DAY) =>
  interaction({ id: `met-${contactId}`, contactId, kind: 'met', actor: 'me', at });

const ODD_NAMES = ['Line\nbreak', 'Nul\u0000in it', 'Emoji 😀👩‍💻', '', 'é\u0301 ÿ 中文'];

describe('names in the queue cards (v26)', () => {
  it('a carded person renamed: their card row’s name changes; deleted: their card is gone', async () => {
    await db.contacts.bulkPut([
      contact({ id: 'ada', name: 'Ada', cadenceDays: 30 }),
      contact({ id: 'ben', name: 'Ben', tags: ['mentor'] }),
    ]);
    expect(await onCards()).toEqual({
      ada: { name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada/' },
      ben: { name: 'Ben', profileUrl: 'https://www.linkedin.com/in/ben/' },
    });
    await db.contacts.update('ada', { name: 'Ada Lovelace' });
    expect((await onCards()).ada).toEqual({
      name: 'Ada Lovelace',
      profileUrl: 'https://www.linkedin.com/in/ada/',
    });
    await db.contacts.delete('ada');
    expect(Object.keys(await onCards())).toEqual(['ben']);
  });

  it('names of any character and pages not the id’s own read back as they were put', async () => {
    const people = ODD_NAMES.map((name, i) =>
      contact({
        id: `p${i}\n\u0000`,
        name,
        cadenceDays: 30,
        profileUrl: i % 2 ? `https://x.example/${i}` : '',
      }),
    );
    const unlinked = contact({
      id: `${UNLINKED_PREFIX}ada lovelace/2019-01-01`,
      name: 'Ada',
      profileUrl: '',
      tags: ['t'],
    });
    const canonical = contact({ id: 'zoë', name: 'Zoë', tags: ['t'] });
    await db.contacts.bulkPut([...people, unlinked, canonical]);
    const cards = await onCards();
    for (const person of [...people, unlinked, canonical]) {
      expect(cards[person.id]).toEqual({ name: person.name, profileUrl: person.profileUrl });
    }
    // The id's own page (a LinkedIn address from the id, or none for an unlinked person) is stored as nothing.
    expect(canonical.profileUrl).toBe(pageOfId('zoë'));
    const rows = await queueRowsPart(db, 'queueCards').toArray();
    const stored = (id: string) => {
      const row = rows.find((r) => cardsIn(r).some(([card]) => card === id))!;
      const i = cardsIn(row).findIndex(([card]) => card === id);
      if (!row.pageEnds) return undefined;
      const start = i === 0 ? 0 : row.pageEnds[i - 1]!;
      return row.pages!.slice(start, row.pageEnds[i]);
    };
    expect(['', undefined]).toContain(stored('zoë'));
    expect(['', undefined]).toContain(stored(unlinked.id));
    expect(stored('p1\n\u0000')).toBe('=https://x.example/1');
    // A linked id whose contact has no page: not the id's own, kept as none.
    expect(stored('p0\n\u0000')).toBe('=');
    // A row of people with their id's own page only has no column of pages.
    await db.contacts.clear();
    await db.contacts.bulkPut([canonical, unlinked]);
    expect(
      (await queueRowsPart(db, 'queueCards').toArray()).every(
        (row) => !('pages' in row) && !('pageEnds' in row),
      ),
    ).toBe(true);
    expect(await onCards()).toEqual({
      zoë: { name: 'Zoë', profileUrl: canonical.profileUrl },
      [unlinked.id]: { name: 'Ada', profileUrl: '' },
    });
  });
});

describe('names in the open follow-ups’ week rows (v26)', () => {
  it('a person met: their week row names them; renamed: the name changes; deleted: the name is gone', async () => {
    await db.contacts.put(contact({ id: 'ada', name: 'Ada' }));
    await db.interactions.add(met('ada'));
    expect(await onWeeks()).toEqual({ ada: { name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada/' } });
    // Only the name: the page is the one the id gives.
    expect(JSON.stringify(await queueRowsPart(db, 'openWeeks').toArray())).not.toContain('linkedin.com');

    await db.contacts.update('ada', {
      name: 'Ada Lovelace',
      profileUrl: 'https://www.linkedin.com/in/ada-l/',
    });
    expect(await onWeeks()).toEqual({
      ada: { name: 'Ada Lovelace', profileUrl: 'https://www.linkedin.com/in/ada-l/' },
    });
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(await expectedWeeks());

    // Her history stays (a bare delete of the contact): the follow-up stays open, without a name.
    await db.contacts.delete('ada');
    expect(await onWeeks()).toEqual({});
    expect(
      (await queueRowsPart(db, 'openWeeks').toArray()).flatMap((row) => Object.keys(row.people)),
    ).toEqual(['ada']);
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(await expectedWeeks());
  });

  it('a contact written with the name and page it had (a visit) reads no summary row and rewrites no week row', async () => {
    await db.contacts.put(contact({ id: 'ada', name: 'Ada' }));
    await db.interactions.add(met('ada'));
    const weeks = await queueRowsPart(db, 'openWeeks').toArray();
    const reads: IdbRead[] = [];
    const stop = idbReadSpy((read) => reads.push(read));
    try {
      await db.contacts.put(contact({ id: 'ada', name: 'Ada', lastSeenAt: 20 * DAY }));
      expect(reads.filter((read) => read.table === 'summaryBuckets')).toEqual([]);
      // Renamed: her summary's row says which week row to edit.
      await db.contacts.put(contact({ id: 'ada', name: 'Ada L.' }));
      expect(reads.filter((read) => read.table === 'summaryBuckets').length).toBeGreaterThan(0);
    } finally {
      stop();
    }
    expect(weeks).not.toEqual(await queueRowsPart(db, 'openWeeks').toArray());
    expect(await onWeeks()).toEqual({
      ada: { name: 'Ada L.', profileUrl: 'https://www.linkedin.com/in/ada/' },
    });
  });

  it('a follow-up opened before the contact is stored is named when the contact is written', async () => {
    await db.interactions.add(met('ben'));
    expect(await onWeeks()).toEqual({});
    await db.contacts.put(contact({ id: 'ben', name: 'Ben' }));
    expect(await onWeeks()).toEqual({ ben: { name: 'Ben', profileUrl: 'https://www.linkedin.com/in/ben/' } });
  });

  it('the name moves with the follow-up when it opens again in another week', async () => {
    await db.contacts.put(contact({ id: 'ada', name: 'Ada' }));
    await db.interactions.add(met('ada', 2 * DAY));
    const [before] = await queueRowsPart(db, 'openWeeks').toArray();
    // Met again weeks later: her follow-up now opens then.
    await db.interactions.add({ ...met('ada', 30 * DAY), id: 'met-again' });
    const after = await queueRowsPart(db, 'openWeeks').toArray();
    expect(after.map((row) => row.week)).not.toContain(before!.week);
    expect(after).toEqual(await expectedWeeks());
    expect(await onWeeks()).toEqual({ ada: { name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada/' } });
  });

  it('names of any character and pages not the id’s own read back as they were put', async () => {
    const people = ODD_NAMES.map((name, i) =>
      contact({ id: `p${i}\n\u0000`, name, profileUrl: i % 2 ? `https://x.example/${i}` : '' }),
    );
    const unlinked = contact({
      id: `${UNLINKED_PREFIX}ada lovelace/2019-01-01`,
      name: 'Ada',
      profileUrl: '',
    });
    const everyone = [...people, unlinked];
    await db.contacts.bulkPut(everyone);
    await db.interactions.bulkAdd(everyone.map((person) => met(person.id)));
    const named = await onWeeks();
    for (const person of everyone) {
      expect(named[person.id]).toEqual({ name: person.name, profileUrl: person.profileUrl });
    }
    const [row] = await queueRowsPart(db, 'openWeeks').toArray();
    expect(row!.people[unlinked.id]).not.toHaveProperty('page');
    expect(row!.people['p0\n\u0000']!.page).toBe('');
    expect(row!.people['p1\n\u0000']!.page).toBe('https://x.example/1');
  });

  it('every contact cleared: no name left in the week rows', async () => {
    await db.contacts.bulkPut([contact({ id: 'ada', name: 'Ada' }), contact({ id: 'ben', name: 'Ben' })]);
    await db.interactions.bulkAdd([met('ada'), met('ben', 20 * DAY)]);
    expect(Object.keys(await onWeeks()).sort()).toEqual(['ada', 'ben']);
    await db.contacts.clear();
    expect(await onWeeks()).toEqual({});
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(await expectedWeeks());
  });

  it('hundreds renamed at once (an import’s) are found by reading the week rows, not every summary row', async () => {
    const people = Array.from({ length: 400 }, (_, n) => contact({ id: `p${n}`, name: `Person ${n}` }));
    await db.contacts.bulkPut(people);
    // Follow-ups open over several weeks, for every other person.
    await db.interactions.bulkAdd(people.filter((_, n) => n % 2).map((p, n) => met(p.id, (n % 40) * DAY)));
    const reads: IdbRead[] = [];
    const stop = idbReadSpy((read) => reads.push(read));
    try {
      await db.transaction('rw', db.contacts, db.threadBuckets, async (tx) => {
        deferUpkeep(tx);
        await db.contacts.bulkPut(
          people.map((p, n) => ({ ...p, name: n % 3 ? `${p.name} Renamed` : p.name })),
        );
        await flushUpkeep(tx);
      });
    } finally {
      stop();
    }
    expect(reads.filter((read) => read.table === 'summaryBuckets')).toEqual([]);
    const named = await onWeeks();
    expect(Object.keys(named)).toHaveLength(200);
    for (const [n, person] of people.entries()) {
      if (n % 2) expect(named[person.id]!.name).toBe(n % 3 ? `${person.name} Renamed` : person.name);
    }
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(await expectedWeeks());
    // And without deferring: the same rows.
    await db.contacts.bulkPut(people.map((p) => ({ ...p, name: `${p.name} Again` })));
    expect((await onWeeks()).p1!.name).toBe('Person 1 Again');
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(await expectedWeeks());
  });

  it('an import that defers its upkeep names the people its threads open a follow-up for', async () => {
    await db.transaction('rw', db.contacts, db.threadBuckets, async (tx) => {
      deferUpkeep(tx);
      await putThreads(db, threadsOf([{ ...met('ada'), source: 'import' }]));
      await db.contacts.bulkPut([contact({ id: 'ada', name: 'Ada' }), contact({ id: 'ben', name: 'Ben' })]);
      await db.contacts.put(contact({ id: 'ada', name: 'Ada Lovelace' }));
      // Her contact was written in this transaction: the flush names her follow-up without reading it.
      const reads: IdbRead[] = [];
      const stop = idbReadSpy((read) => reads.push(read));
      try {
        await flushUpkeep(tx);
      } finally {
        stop();
      }
      expect(reads.filter((read) => read.table === 'contacts')).toEqual([]);
    });
    expect(await onWeeks()).toEqual({
      ada: { name: 'Ada Lovelace', profileUrl: 'https://www.linkedin.com/in/ada/' },
    });
    expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(await expectedWeeks());
  });
});
