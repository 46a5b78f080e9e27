import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import { isCarded, type QueueCard, queueCardOf, sameCard } from '../engine/queue-contact';
import type { Contact } from '../schema/contact';
import { deferredTo } from './deferred-upkeep';
import { turnsPerTransaction } from './in-turn';
import { keysIn, WHOLE_TABLE } from './key-ranges';
import { queueRowsTable } from './queue-rows';
import { pageFrom, storedPage } from './shown-pages';

const CONTACTS = 'contacts';
const CARDS = 'queueCards';

/**
 * Rows the cards are spread over. Chromium's IndexedDB costs about as much per row read as per kilobyte, so the
 * queue reads its cadence people as these few rows instead of one row each; a write rewrites the one row of each
 * person it touches.
 */
export const CARD_CHUNKS = 32;

/**
 * The cards of one row, in columns: one entry per person in each, in the order of the ids (sorted, so a row's shape
 * depends on who is in it, not on the order of writes). What finding a cadence needs of each person
 * (lib/engine/queue-contact.ts › QueueCard); the queue reads the whole contact and the history of only the people
 * it shows (v13 took the summaries out, v14 the page, role, notes and career, v15 the name). Columns, not an object
 * per person (v17): Chromium's getAll of 32 rows of 1,504 cards took 9.0 ms instead of 15.4 (loaded, medians of
 * 30, side by side), the numbers in one buffer each instead of three fields named on every card. The ids in one
 * string and each list of tags once per row (v25): Chromium's IndexedDB makes a value for each string and array it
 * reads back, and the 32 rows of the bench's 1,490 cards then took 1.3–1.7 ms instead of 3.8–5.2 (two runs'
 * medians of 150 reads, in turns, loaded). The names and pages likewise (v26): the queue shows a cadence person's
 * row without reading their whole contact (about 20 of the 40 gets of the side panel's first open at the bench's
 * shapes); a page is stored only where it is not the one the id gives (./shown-pages.ts), and a row whose people all
 * have their id's own page has no page column at all: at the bench's seed (1,490 cards, none with a page of its
 * own) the 32 rows grew from 68.0 KB to 91.3 KB (V8's serialization, as IndexedDB stores them): the names and
 * their ends.
 */
export interface QueueCardChunk {
  chunk: number;
  /** The ids one after another: the i-th ends at `idEnds[i]` (an id may hold any character, so no separator). */
  ids: string;
  idEnds: Uint32Array;
  /** The names one after another, as the ids. */
  names: string;
  nameEnds: Uint32Array;
  /**
   * The pages one after another, as the ids: '' for the id's own page (./shown-pages.ts › storedPage). Left out
   * when every page of the row is its id's own.
   */
  pages?: string;
  pageEnds?: Uint32Array;
  /** The same list of tags is one array of the row, shared by every card that has it (`sharedTags`). */
  tags: string[][];
  /** NaN where the person has no cadence of their own. */
  cadenceDays: Float64Array;
  lastInteractionAt: Float64Array;
  firstSeenAt: Float64Array;
}

/** The strings of a column kept one after another, each ending at its end. */
function split(joined: string, ends: Uint32Array): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const end of ends) {
    parts.push(joined.slice(start, end));
    start = end;
  }
  return parts;
}

/** Strings one after another, and where each ends. */
function joined(parts: readonly string[]): [string, Uint32Array] {
  let end = 0;
  return [
    parts.join(''),
    Uint32Array.from(parts, (part) => {
      end += part.length;
      return end;
    }),
  ];
}

/** The cards of a row, each with the person's id. */
export function cardsIn(row: QueueCardChunk): [string, QueueCard][] {
  const ids = split(row.ids, row.idEnds);
  const names = split(row.names, row.nameEnds);
  const pages = row.pages === undefined ? [] : split(row.pages, row.pageEnds!);
  return ids.map((id, i) => {
    const cadenceDays = row.cadenceDays[i]!;
    return [
      id,
      {
        name: names[i]!,
        profileUrl: pageFrom(id, pages[i] ?? ''),
        tags: row.tags[i]!,
        cadenceDays: Number.isNaN(cadenceDays) ? null : cadenceDays,
        lastInteractionAt: row.lastInteractionAt[i]!,
        firstSeenAt: row.firstSeenAt[i]!,
      },
    ];
  });
}

/** Whether a stored row has today's columns (v26): older ones are made again from the contacts by v26. */
const isCurrent = (row: QueueCardChunk | undefined): row is QueueCardChunk =>
  !!row && typeof row.ids === 'string' && typeof row.names === 'string';

/** The lists of tags, those with the same tags made one array: a row then stores (and reads back) each list once. */
function sharedTags(lists: readonly string[][]): string[][] {
  const shared = new Map<string, string[]>();
  return lists.map((tags) => {
    const key = JSON.stringify(tags);
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, tags);
    return tags;
  });
}

/** The row that keeps these cards. */
export function cardChunk(chunk: number, cards: ReadonlyMap<string, QueueCard>): QueueCardChunk {
  const people = [...cards].sort(([a], [b]) => (a < b ? -1 : 1));
  const [ids, idEnds] = joined(people.map(([id]) => id));
  const [names, nameEnds] = joined(people.map(([, card]) => card.name));
  const stored = people.map(([id, card]) => storedPage(id, card.profileUrl));
  const [pages, pageEnds] = joined(stored);
  return {
    chunk,
    ids,
    idEnds,
    names,
    nameEnds,
    ...(pages === '' ? {} : { pages, pageEnds }),
    tags: sharedTags(people.map(([, card]) => card.tags)),
    cadenceDays: Float64Array.from(people, ([, card]) => card.cadenceDays ?? Number.NaN),
    lastInteractionAt: Float64Array.from(people, ([, card]) => card.lastInteractionAt),
    firstSeenAt: Float64Array.from(people, ([, card]) => card.firstSeenAt),
  };
}

/**
 * The row a person's card lives in (FNV-1a of the id): stable, and even across rows. Of `chunks` rows: the
 * summaries and the imported threads are spread the same way over rows of their own (./summary-store.ts,
 * ./thread-buckets.ts).
 */
export function chunkOf(contactId: string, chunks: number = CARD_CHUNKS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < contactId.length; i++) hash = Math.imul(hash ^ contactId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % chunks;
}

/** The card rows of these contacts (those not carded are left out), made whole: a migration's, or a check's. */
export function cardChunksOf(contacts: readonly Contact[]): QueueCardChunk[] {
  const chunks = new Map<number, Map<string, QueueCard>>();
  for (const contact of contacts.filter(isCarded)) {
    const chunk = chunkOf(contact.id);
    const cards = chunks.get(chunk) ?? new Map<string, QueueCard>();
    cards.set(contact.id, queueCardOf(contact));
    chunks.set(chunk, cards);
  }
  return [...chunks].sort(([a], [b]) => a - b).map(([chunk, cards]) => cardChunk(chunk, cards));
}

/** A migration's: the cards made again from every contact, in the shape they have now. */
export async function remakeCards(tx: Transaction) {
  const cards = tx.table('queueCards');
  await cards.clear();
  await cards.bulkPut(cardChunksOf((await tx.table('contacts').toArray()) as Contact[]));
}

/**
 * Keeps the queue cards current on EVERY write of a contact, whoever makes it (capture, edit, import, restore,
 * join, delete, wipe), as the summaries are kept on every write of an interaction. Every read-write transaction on
 * contacts also takes the cards.
 */
export const queueCardsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'queue-cards',
  // Above Dexie's own (0–2, so live queries see the cards change), below the summaries and search words (10).
  level: 9,
  create(down) {
    // Schemas before v11 (a migration test opening an older database) have no cards to keep.
    const cards = queueRowsTable(down, CARDS);
    if (!cards) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.includes(CONTACTS) ? [...new Set([...stores, cards.name])] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === CONTACTS ? keepingCards(table, cards) : table;
      },
    };
  },
};

type Edit = (cards: Map<string, QueueCard>, contactId: string) => boolean;

const inTurn = turnsPerTransaction();

/**
 * Applies `edit` to each person's card row, reading and writing each row touched once, in turn with the other
 * edits of the transaction (two contact writes in flight at once would each read a row before the other wrote it).
 */
function editCards(cards: DBCoreTable, trans: DBCoreTransaction, contactIds: Iterable<string>, edit: Edit) {
  return inTurn(trans, async () => {
    const byChunk = new Map<number, string[]>();
    for (const id of new Set(contactIds)) {
      const chunk = chunkOf(id);
      const ids = byChunk.get(chunk);
      if (ids) ids.push(id);
      else byChunk.set(chunk, [id]);
    }
    if (byChunk.size === 0) return;
    const chunks = [...byChunk.keys()];
    const rows = (await cards.getMany({ trans, keys: chunks })) as (QueueCardChunk | undefined)[];
    const changed: QueueCardChunk[] = [];
    chunks.forEach((chunk, i) => {
      const row = rows[i];
      // A row of the columns before v26 (met when v21 rewrites every contact, upgrading a database of v17–v25) is
      // read as empty: v26 makes every row again from the contacts.
      const cards = new Map(isCurrent(row) ? cardsIn(row) : []);
      let any = false;
      for (const id of byChunk.get(chunk)!) any = edit(cards, id) || any;
      if (any) changed.push(cardChunk(chunk, cards));
    });
    if (changed.length) await cards.mutate({ type: 'put', trans, values: changed });
  });
}

const removeCard: Edit = (cards, id) => cards.delete(id);

/** The edit that puts the cards of the contacts written (removes those no longer carded). */
const cardsOf =
  (written: ReadonlyMap<string, Contact>): Edit =>
  (cards, id) => {
    const contact = written.get(id)!;
    if (!isCarded(contact)) return removeCard(cards, id);
    const card = queueCardOf(contact);
    const known = cards.get(id);
    // A renamed person's row is rewritten (their name is on it); one written as it was (a visit) is not.
    if (known && sameCard(known, card)) return false;
    cards.set(id, card);
    return true;
  };

/** Contacts written in a transaction that defers its upkeep (lib/db/deferred-upkeep.ts), their cards not yet put. */
const waiting = new WeakMap<DBCoreTransaction, Map<string, Contact>>();

/** Deleted contacts are no longer waiting for their cards (their deletion removed those already put). */
function forget(trans: DBCoreTransaction, ids: readonly string[] | 'all') {
  const contacts = waiting.get(trans);
  if (!contacts) return;
  if (ids === 'all') contacts.clear();
  else for (const id of ids) contacts.delete(id);
}

function keepingCards(contacts: DBCoreTable, cards: DBCoreTable): DBCoreTable {
  return {
    ...contacts,
    async mutate(req: DBCoreMutateRequest) {
      const { trans } = req;
      if (req.type === 'deleteRange' && req.range.type === WHOLE_TABLE) {
        const result = await contacts.mutate(req);
        forget(trans, 'all');
        await cards.mutate({ type: 'deleteRange', trans, range: req.range });
        return result;
      }
      // A delete passes down before anything is awaited: the hooks below read Dexie's zone (PSD), which a native
      // await loses outside an explicit transaction (a bare `db.contacts.delete(id)` threw).
      if (req.type === 'delete') {
        const result = await contacts.mutate(req);
        forget(trans, req.keys as string[]);
        await editCards(cards, trans, req.keys as string[], removeCard);
        return result;
      }
      if (req.type === 'deleteRange') {
        const ids = await keysIn(contacts, trans, req.range);
        const result = await contacts.mutate(req);
        forget(trans, ids);
        await editCards(cards, trans, ids, removeCard);
        return result;
      }
      const result = await contacts.mutate(req);
      // The last of rows with the same id is the one stored.
      const written = new Map(
        (req.values as Contact[])
          .filter((_, i) => !result.failures[i])
          .map((contact) => [contact.id, contact]),
      );
      const pending = waiting.get(trans) ?? new Map<string, Contact>();
      const deferred = deferredTo(trans, 'queue-cards', () => {
        waiting.delete(trans);
        return editCards(cards, trans, pending.keys(), cardsOf(pending));
      });
      if (!deferred) {
        await editCards(cards, trans, written.keys(), cardsOf(written));
        return result;
      }
      // The last write of a contact is the one whose card is put.
      for (const [id, contact] of written) pending.set(id, contact);
      waiting.set(trans, pending);
      return result;
    },
  };
}
