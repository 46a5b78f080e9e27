import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Contact } from '../schema/contact';
import { deferredTo } from './deferred-upkeep';
import { below, turnsInDexieZone } from './dexie-zone';
import { keysIn, WHOLE_RANGE, WHOLE_TABLE } from './key-ranges';
import { getPresent } from './present-first';
import {
  changeOf,
  prefixesOf,
  rowsWith,
  SEARCH_WORD_STORE,
  type SearchWordRow,
  type WordChange,
  wordsOfContact,
} from './search-word-rows';

const CONTACTS = 'contacts';

/**
 * Keeps the search-word rows (./search-word-rows.ts) in step with every contact's name, company, tags, headline and
 * location on EVERY write of a contact, whoever makes it (capture, edit, import, restore, join, delete, wipe): the
 * rows cannot drift from the fields they are made of. A write reads the contacts it replaces (their words come out
 * of the rows), so the rows a write touches are each read and written once; a transaction that defers its upkeep
 * (an import's) does that once at its end. Every read-write transaction on contacts also takes the rows.
 */
export const searchWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'contact-search-words',
  create(down) {
    // Schemas before v21 (a migration test opening an older database) kept the words otherwise: not kept here.
    if (!down.schema.tables.some((table) => table.name === SEARCH_WORD_STORE)) return down;
    const rows = down.table(SEARCH_WORD_STORE);
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.includes(CONTACTS)
            ? [...new Set([...stores, SEARCH_WORD_STORE])]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === CONTACTS ? keepingWords(table, rows) : table;
      },
    };
  },
};

/** This middleware's writes in turn, in the transaction's zone (./dexie-zone.ts). */
const inTurn = turnsInDexieZone();

/** The changes made in the rows: each row touched read and written (or deleted, left empty) once. */
function editRows(rows: DBCoreTable, trans: DBCoreTransaction, changes: readonly WordChange[]) {
  const prefixes = prefixesOf(changes);
  if (!prefixes.length) return Dexie.Promise.resolve();
  return rows.getMany({ trans, keys: prefixes }).then((stored) => {
    const edited = rowsWith(
      new Map(prefixes.map((prefix, i) => [prefix, stored[i] as SearchWordRow | undefined])),
      changes,
    );
    const put = [...edited.values()].filter((row): row is SearchWordRow => row !== null);
    const emptied = [...edited].filter(([, row]) => row === null).map(([prefix]) => prefix);
    return Dexie.Promise.all([
      put.length ? rows.mutate({ type: 'put', trans, values: put }) : null,
      emptied.length ? rows.mutate({ type: 'delete', trans, keys: emptied }) : null,
    ]).then(() => undefined);
  });
}

/**
 * In a transaction that defers its upkeep: each person written, with their words before its first write of them
 * and after its last, and the ids of the contacts stored (read once, on its first write: an import writes 30,000
 * contacts 250 at a time, and Chromium costs ~0.1 ms per key asked for, found or not).
 */
interface Waiting {
  words: Map<string, { before: readonly string[]; after: readonly string[] }>;
  stored?: Set<string>;
}
const waiting = new WeakMap<DBCoreTransaction, Waiting>();

// Every read below is the database's own promise, chained or awaited directly: Dexie keeps its transaction zone
// across those only, and its reads below this middleware need it (an awaited async function lost it).
function keepingWords(contacts: DBCoreTable, rows: DBCoreTable): DBCoreTable {
  const allKeys = (trans: DBCoreTransaction) => keysIn(contacts, trans, WHOLE_RANGE);

  /** Whether the transaction defers its upkeep; if so, what it has waiting (made on its first write). */
  const deferred = (trans: DBCoreTransaction): Waiting | undefined => {
    const pending = waiting.get(trans);
    if (pending) return pending;
    const defers = deferredTo(trans, 'search-words', () =>
      inTurn(trans, () => {
        const { words } = waiting.get(trans)!;
        waiting.delete(trans);
        return editRows(
          rows,
          trans,
          [...words].map(([id, { before, after }]) => changeOf(id, before, after)),
        );
      }),
    );
    if (!defers) return undefined;
    const made: Waiting = { words: new Map() };
    waiting.set(trans, made);
    return made;
  };

  /** The words of these people as stored now (none for those not stored). */
  const storedWords = (trans: DBCoreTransaction, ids: readonly string[], stored?: Set<string>) => {
    const known = stored ? ids.filter((id) => stored.has(id)) : ids;
    return getPresent(
      known,
      () => allKeys(trans),
      (keys) => contacts.getMany({ trans, keys }) as PromiseLike<(Contact | undefined)[]>,
    ).then((before) => {
      const byId = new Map(known.map((id, i) => [id, wordsOfContact(before[i])]));
      return (id: string) => byId.get(id) ?? [];
    });
  };

  /** What each person is found by after the write: nothing once deleted; the last of rows with one id is stored. */
  const wordsAfter = (req: DBCoreMutateRequest, ids: readonly string[], result: DBCoreMutateResponse) => {
    const after = new Map<string, readonly string[]>();
    if (req.type === 'delete' || req.type === 'deleteRange') for (const id of ids) after.set(id, []);
    else
      (req.values as Contact[]).forEach((contact, i) => {
        if (!result.failures[i]) after.set(contact.id, wordsOfContact(contact));
      });
    return after;
  };

  /** The write, then its words kept (or left waiting), given the words it replaces. */
  const written = (
    req: DBCoreMutateRequest,
    ids: readonly string[],
    before: (id: string) => readonly string[],
    pending: Waiting | undefined,
  ) =>
    below(contacts.mutate(req)).then((result) => {
      const after = wordsAfter(req, ids, result);
      if (!pending)
        return editRows(
          rows,
          req.trans,
          [...after].map(([id, words]) => changeOf(id, before(id), words)),
        ).then(() => result);
      for (const [id, words] of after) {
        const was = pending.words.get(id);
        pending.words.set(id, { before: was ? was.before : before(id), after: words });
        if (req.type === 'delete' || req.type === 'deleteRange') pending.stored?.delete(id);
        else pending.stored?.add(id);
      }
      return result;
    });

  // Chained, not awaited in an async function: writes to other tables run side by side in the same transaction, and
  // an async function here lost their zone (the summaries' read failed beside an empty contact write).
  const mutate = (req: DBCoreMutateRequest): PromiseLike<DBCoreMutateResponse> => {
    const { trans } = req;
    const pending = deferred(trans);
    const ready =
      pending && !pending.stored
        ? allKeys(trans).then((keys) => {
            pending.stored = new Set(keys);
          })
        : Dexie.Promise.resolve();
    if (req.type === 'deleteRange' && req.range.type === WHOLE_TABLE)
      return ready
        .then(() => below(contacts.mutate(req)))
        .then((result) => {
          pending?.words.clear();
          pending?.stored?.clear();
          return rows.mutate({ type: 'deleteRange', trans, range: WHOLE_RANGE }).then(() => result);
        });
    const ids: PromiseLike<string[]> =
      req.type === 'delete'
        ? Dexie.Promise.resolve(req.keys as string[])
        : req.type === 'deleteRange'
          ? keysIn(contacts, trans, req.range)
          : Dexie.Promise.resolve((req.values as Contact[]).map((contact) => contact.id));
    return ready
      .then(() => ids)
      .then((keys) =>
        storedWords(trans, keys, pending?.stored).then((before) => written(req, keys, before, pending)),
      );
  };
  // The whole write takes its turn: what it replaces is read before it, and its words kept after it (two writes of
  // one person side by side would each read the words the other replaces).
  return {
    ...contacts,
    mutate: (req: DBCoreMutateRequest) => inTurn(req.trans, () => Dexie.Promise.resolve(mutate(req))),
  };
}
