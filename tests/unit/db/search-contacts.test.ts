import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '../../../lib/contacts/new-contact';
import { searchWordsOf } from '../../../lib/contacts/search-words';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { knownNames } from '../../../lib/db/queries/known-names';
import { searchContacts } from '../../../lib/db/queries/search-contacts';
import { reindexSearchWords } from '../../../lib/db/reindex-search-words';
import { wordRowsOf } from '../../../lib/db/search-word-rows';
import type { Contact } from '../../../lib/schema/contact';

let db: RapportDatabase;

beforeEach(async () => {
  db = openDatabase(`search-${Math.random()}`);
  await db.contacts.bulkPut([
    newContact('ada-lindqvist', 'Ada Lindqvist', 1, { company: 'Northwind Cargo', lastInteractionAt: 10 }),
    newContact('tomas-reyes', 'Tomás Reyes', 2, {
      company: 'Quillwork',
      tags: ['mentor'],
      lastInteractionAt: 30,
    }),
    newContact('ada-moreau', 'Ada Moreau', 3, { company: 'Lumen Labs', lastInteractionAt: 20 }),
  ]);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const ids = async (query: string) => (await searchContacts(db, query)).map((c) => c.id);

describe('searchContacts', () => {
  it.each([
    ['lindqvist', ['ada-lindqvist']],
    ['Lind', ['ada-lindqvist']],
    ['ada', ['ada-moreau', 'ada-lindqvist']],
    ['ada lum', ['ada-moreau']],
    ['tomas', ['tomas-reyes']],
    ['TOMÁS', ['tomas-reyes']],
    ['ment', ['tomas-reyes']],
    ['northwind', ['ada-lindqvist']],
    ['nobody', []],
    ['   ', []],
  ])('%j → %j', async (query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it('follows edits: the index is kept by the database, whoever writes', async () => {
    await db.contacts.update('ada-moreau', { name: 'Ada Okafor', company: 'Brightline' });
    expect(await ids('moreau')).toEqual([]);
    expect(await ids('okafor')).toEqual(['ada-moreau']);
    expect(await ids('brightline')).toEqual(['ada-moreau']);
    await db.contacts.put({ ...(await db.contacts.get('tomas-reyes'))!, tags: ['investor'] });
    expect(await ids('mentor')).toEqual([]);
    expect(await ids('investor')).toEqual(['tomas-reyes']);
  });
});

describe('searchWordsOf', () => {
  it('takes each word once, folded, from name, company and tags', () => {
    expect(
      searchWordsOf({ name: 'Zoë de la Cruz', company: "O'Neil & Cruz", tags: ['ex-colleague'] }),
    ).toEqual(['zoe', 'de', 'la', 'cruz', 'o', 'neil', 'ex', 'colleague']);
  });

  it('reads non-Latin names', () => {
    expect(searchWordsOf({ name: '张伟 Wei', company: 'مرحبا', tags: [] })).toEqual(['张伟', 'wei', 'مرحبا']);
  });
});

describe('search by headline and location', () => {
  it('finds a person by a word of their headline or where they live, as soon as it is stored', async () => {
    await db.contacts.update('ada-moreau', { headline: 'Designs payment systems', location: 'Lyon, France' });
    expect(await ids('payment')).toEqual(['ada-moreau']);
    expect(await ids('lyon')).toEqual(['ada-moreau']);
  });

  it('re-indexes contacts stored before the index knew those fields, once', async () => {
    await db.contacts.update('tomas-reyes', { location: 'Valparaíso, Chile' });
    // As an older version stored them, words of the names only: written without the middleware.
    const raw = await new Dexie(db.name).open();
    const contacts: Contact[] = await raw.table('contacts').toArray();
    await raw.table('searchWordRows').clear();
    await raw
      .table('searchWordRows')
      .bulkPut(wordRowsOf(contacts.map((contact) => ({ ...contact, company: '', location: '' }))));
    raw.close();
    expect(await ids('valparaiso')).toEqual([]);
    let stored: number | undefined;
    const marker = {
      get: async () => stored,
      set: async (v: number) => {
        stored = v;
      },
    };
    expect(await reindexSearchWords(db, marker)).toBe(true);
    expect(await ids('valparaiso')).toEqual(['tomas-reyes']);
    expect(await ids('reyes')).toEqual(['tomas-reyes']);
    expect(await ids('quillwork')).toEqual(['tomas-reyes']);
    expect(await reindexSearchWords(db, marker)).toBe(false);
  });
});

describe('knownNames', () => {
  it('lists every contact once with its name, from the name index', async () => {
    await db.contacts.clear();
    await db.contacts.bulkPut([
      newContact('b-id', 'Bea Ng', 1),
      newContact('a-id', 'Ana Lima', 1),
      newContact('c-id', 'Ana Lima', 1),
    ]);
    expect(await knownNames(db)).toEqual([
      { id: 'a-id', name: 'Ana Lima' },
      { id: 'c-id', name: 'Ana Lima' },
      { id: 'b-id', name: 'Bea Ng' },
    ]);
  });
});
