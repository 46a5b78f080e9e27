import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { ContactSummary } from '../engine/contact-summary';
import { isCarded, type QueueContact, queueContactOf } from '../engine/queue-contact';
import type { Contact } from '../schema/contact';
import { turnsPerTransaction } from './in-turn';

const CONTACTS = 'contacts';
const SUMMARIES = 'summaries';
const CARDS = 'queueCards';
/** DBCoreRangeType.Any (a const enum Dexie declares but cannot export to an isolated build): the whole table. */
const WHOLE_TABLE = 3;

/**
 * Rows the cards are spread over. Chromium's IndexedDB costs about as much per row read as per kilobyte, so the
 * queue reads its cadence people as these few rows instead of one row each (and one more for their summary); a
 * write rewrites the one row of each person it touches.
 */
export const CARD_CHUNKS = 32;

/** One person the queue keeps without a date range: what it reads of them and their summary. */
export interface QueueCard {
  contact: QueueContact;
  summary?: ContactSummary;
}

export interface QueueCardChunk {
  chunk: number;
  cards: Record<string, QueueCard>;
}

/** The row a person's card lives in (FNV-1a of the id): stable, and even across rows. */
export function chunkOf(contactId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < contactId.length; i++) hash = Math.imul(hash ^ contactId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % CARD_CHUNKS;
}

const cardOf = (contact: Contact, summary: ContactSummary | undefined): QueueCard =>
  summary ? { contact: queueContactOf(contact), summary } : { contact: queueContactOf(contact) };

/** The card rows of these contacts (those not carded are left out), made whole: a migration's, or a check's. */
export function cardChunksOf(
  contacts: readonly Contact[],
  summaryOf: (contactId: string) => ContactSummary | undefined,
): QueueCardChunk[] {
  const chunks = new Map<number, QueueCardChunk>();
  for (const contact of contacts.filter(isCarded)) {
    const chunk = chunkOf(contact.id);
    const row = chunks.get(chunk) ?? { chunk, cards: {} };
    row.cards[contact.id] = cardOf(contact, summaryOf(contact.id));
    chunks.set(chunk, row);
  }
  return [...chunks.values()].sort((a, b) => a.chunk - b.chunk);
}

/**
 * Keeps the queue cards current on EVERY write of a contact or a summary, whoever makes it (capture, edit,
 * import, restore, join, delete, wipe), as the summaries are kept on every write of an interaction. It sits below
 * the summary middleware (lower level), so the summaries that one writes pass through here. Every read-write
 * transaction on contacts or summaries also takes the cards (and, for contacts, the summaries a new card copies).
 */
export const queueCardsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'queue-cards',
  // Above Dexie's own (0–2, so live queries see the cards change), below the summaries and search words (10).
  level: 9,
  create(down) {
    // Schemas before v11 (a migration test opening an older database) have no cards to keep.
    if (!down.schema.tables.some((table) => table.name === CARDS)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = new Set(stores);
        if (mode === 'readwrite' && scope.has(CONTACTS)) scope.add(SUMMARIES);
        if (mode === 'readwrite' && (scope.has(CONTACTS) || scope.has(SUMMARIES))) scope.add(CARDS);
        return down.transaction([...scope], mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === CONTACTS) return keepingCardsOfContacts(table, down.table(SUMMARIES), down.table(CARDS));
        if (name === SUMMARIES) return keepingCardsOfSummaries(table, down.table(CARDS));
        return table;
      },
    };
  },
};

type Edit = (cards: Record<string, QueueCard>, contactId: string) => boolean;

const inTurn = turnsPerTransaction();

/** Applies `edit` to each person's card row, reading and writing each row touched once. */
function editCards(cards: DBCoreTable, trans: DBCoreTransaction, contactIds: Iterable<string>, edit: Edit) {
  return inTurn(trans, () => editRows(cards, trans, contactIds, edit));
}

async function editRows(
  cards: DBCoreTable,
  trans: DBCoreTransaction,
  contactIds: Iterable<string>,
  edit: Edit,
) {
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
    const row = rows[i] ?? { chunk, cards: {} };
    let any = false;
    for (const id of byChunk.get(chunk)!) any = edit(row.cards, id) || any;
    if (any) changed.push(row);
  });
  if (changed.length) await cards.mutate({ type: 'put', trans, values: changed });
}

/** Every card row, changed by `edit` for each person in it. */
function editAllCards(cards: DBCoreTable, trans: DBCoreTransaction, edit: (card: QueueCard) => void) {
  return inTurn(trans, async () => {
    const { result } = await cards.query({
      trans,
      values: true,
      query: {
        index: cards.schema.primaryKey,
        range: { type: WHOLE_TABLE, lower: undefined, upper: undefined },
      },
    });
    const rows = result as QueueCardChunk[];
    for (const row of rows) for (const card of Object.values(row.cards)) edit(card);
    if (rows.length) await cards.mutate({ type: 'put', trans, values: rows });
  });
}

const removeCard: Edit = (cards, id) => {
  if (!(id in cards)) return false;
  delete cards[id];
  return true;
};

/** The primary keys a delete request names (a range is resolved first). */
async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  if (req.type === 'delete') return req.keys as string[];
  if (req.type !== 'deleteRange') return [];
  const { result } = await table.query({
    trans: req.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: req.range },
  });
  return result as string[];
}

function keepingCardsOfContacts(
  contacts: DBCoreTable,
  summaries: DBCoreTable,
  cards: DBCoreTable,
): DBCoreTable {
  return {
    ...contacts,
    async mutate(req: DBCoreMutateRequest) {
      const { trans } = req;
      if (req.type === 'deleteRange' && req.range.type === WHOLE_TABLE) {
        const result = await contacts.mutate(req);
        await cards.mutate({ type: 'deleteRange', trans, range: req.range });
        return result;
      }
      if (req.type === 'delete' || req.type === 'deleteRange') {
        const ids = await keysOf(contacts, req);
        const result = await contacts.mutate(req);
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
      const carded = [...written.values()].filter(isCarded).map((contact) => contact.id);
      // The summaries are read in turn too: one written meanwhile in this transaction is then already there.
      await inTurn(trans, async () => {
        const stored = (await summaries.getMany({ trans, keys: carded })) as (ContactSummary | undefined)[];
        const summaryOf = new Map(carded.map((id, i) => [id, stored[i]]));
        await editRows(cards, trans, written.keys(), (row, id) => {
          const contact = written.get(id)!;
          if (!isCarded(contact)) return removeCard(row, id);
          row[id] = cardOf(contact, summaryOf.get(id));
          return true;
        });
      });
      return result;
    },
  };
}

function keepingCardsOfSummaries(summaries: DBCoreTable, cards: DBCoreTable): DBCoreTable {
  return {
    ...summaries,
    async mutate(req: DBCoreMutateRequest) {
      const { trans } = req;
      if (req.type === 'deleteRange' && req.range.type === WHOLE_TABLE) {
        const result = await summaries.mutate(req);
        await editAllCards(cards, trans, (card) => delete card.summary);
        return result;
      }
      if (req.type === 'delete' || req.type === 'deleteRange') {
        const ids = await keysOf(summaries, req);
        const result = await summaries.mutate(req);
        await editCards(cards, trans, ids, (row, id) => {
          const card = row[id];
          if (!card?.summary) return false;
          delete card.summary;
          return true;
        });
        return result;
      }
      const result = await summaries.mutate(req);
      const written = new Map(
        (req.values as ContactSummary[])
          .filter((_, i) => !result.failures[i])
          .map((summary) => [summary.contactId, summary]),
      );
      // Only people who have a card get the summary: the others are read by their open follow-up, if any.
      await editCards(cards, trans, written.keys(), (row, id) => {
        const card = row[id];
        if (!card) return false;
        card.summary = written.get(id)!;
        return true;
      });
      return result;
    },
  };
}
