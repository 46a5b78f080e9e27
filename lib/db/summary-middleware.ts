import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { type ContactSummary, foldInteraction, openFollowUpOf, summaryOf } from '../engine/contact-summary';
import type { Interaction } from '../schema/interaction';
import { turnsPerTransaction } from './in-turn';

const INTERACTIONS = 'interactions';
const SUMMARIES = 'summaries';
const OPEN = 'openFollowUps';
/** DBCoreRangeType.Any (a const enum Dexie declares but cannot export to an isolated build): the whole table. */
const WHOLE_TABLE = 3;

/**
 * Keeps the per-person summaries (lib/engine/contact-summary.ts) current on EVERY write of an interaction,
 * whoever makes it (capture, log, message sent, import, restore, delete, wipe): a writer cannot forget it.
 * Every read-write transaction on interactions also takes the summaries. Added rows are folded into the summaries
 * of their people (one read per person, not per row); a replaced or deleted row may have been what a summary held,
 * so those people's summaries are made again from their history ([contactId+at]); a wipe wipes them. Beside each
 * summary it keeps the person's open-follow-up row (what the queue reads of them), there while a follow-up is open.
 */
export const summaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'contact-summaries',
  create(down) {
    // Schemas before v5 (a migration test opening an older database) have no summaries to keep.
    if (!down.schema.tables.some((table) => table.name === SUMMARIES)) return down;
    // Nor before v15 open-follow-up rows.
    const keepsOpen = down.schema.tables.some((table) => table.name === OPEN);
    const derived = keepsOpen ? [SUMMARIES, OPEN] : [SUMMARIES];
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.includes(INTERACTIONS)
            ? [...new Set([...stores, ...derived])]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== INTERACTIONS) return table;
        return keepingSummaries(table, down.table(SUMMARIES), keepsOpen ? down.table(OPEN) : undefined);
      },
    };
  },
};

// A summary is read, changed and put back: two writes of one person's rows in flight at once take turns.
const inTurn = turnsPerTransaction();

function keepingSummaries(
  interactions: DBCoreTable,
  summaries: DBCoreTable,
  openRows: DBCoreTable | undefined,
): DBCoreTable {
  const byPerson = interactions.schema.getIndexByKeyPath(['contactId', 'at'])!;

  /**
   * Stores the summaries made (deletes those of people with nothing left), and beside them the open-follow-up
   * rows: put where a follow-up is open, deleted where none is and one may have been (`mayHaveBeenOpen`).
   */
  async function store(
    trans: DBCoreTransaction,
    kept: readonly ContactSummary[],
    gone: readonly string[],
    mayHaveBeenOpen: (contactId: string) => boolean,
  ) {
    if (gone.length) await summaries.mutate({ type: 'delete', trans, keys: [...gone] });
    if (kept.length) await summaries.mutate({ type: 'put', trans, values: kept });
    if (!openRows) return;
    const open = kept.flatMap((summary) => openFollowUpOf(summary) ?? []);
    const closed = [
      ...gone,
      ...kept.filter((summary) => summary.openSince === undefined).map((summary) => summary.contactId),
    ].filter(mayHaveBeenOpen);
    if (closed.length) await openRows.mutate({ type: 'delete', trans, keys: closed });
    if (open.length) await openRows.mutate({ type: 'put', trans, values: open });
  }

  async function remake(trans: DBCoreTransaction, contactIds: Iterable<string>) {
    const ids = [...new Set(contactIds)];
    const made = await Promise.all(
      ids.map(async (contactId) => {
        const { result } = await interactions.query({
          trans,
          values: true,
          query: {
            index: byPerson,
            range: { type: 2, lower: [contactId, -Infinity], upper: [contactId, Infinity] },
          },
        });
        return summaryOf(contactId, result as Interaction[]);
      }),
    );
    const gone = ids.filter((_, i) => !made[i]);
    const kept = made.filter((summary): summary is ContactSummary => summary !== null);
    // What they were is not read: any of them may have had a follow-up open.
    await store(trans, kept, gone, () => true);
  }

  async function fold(trans: DBCoreTransaction, rows: readonly Interaction[]) {
    const byContact = new Map<string, Interaction[]>();
    for (const row of rows) {
      const list = byContact.get(row.contactId);
      if (list) list.push(row);
      else byContact.set(row.contactId, [row]);
    }
    const ids = [...byContact.keys()];
    const stored = (await summaries.getMany({ trans, keys: ids })) as (ContactSummary | undefined)[];
    const wasOpen = new Set(
      stored.flatMap((summary) => (summary?.openSince === undefined ? [] : [summary.contactId])),
    );
    const changed: ContactSummary[] = [];
    ids.forEach((contactId, i) => {
      const summary = stored[i] ?? { contactId, latest: {} };
      let any = false;
      for (const row of byContact.get(contactId)!) any = foldInteraction(summary, row) || any;
      if (any) changed.push(summary);
    });
    if (changed.length) await store(trans, changed, [], (contactId) => wasOpen.has(contactId));
  }

  const contactsOf = (rows: readonly (Interaction | undefined)[]) =>
    rows.filter((row): row is Interaction => !!row).map((row) => row.contactId);

  async function mutate(req: DBCoreMutateRequest) {
    const { trans } = req;
    if (req.type === 'deleteRange') {
      if (req.range.type === WHOLE_TABLE) {
        const result = await interactions.mutate(req);
        await summaries.mutate({ type: 'deleteRange', trans, range: req.range });
        await openRows?.mutate({ type: 'deleteRange', trans, range: req.range });
        return result;
      }
      const { result: old } = await interactions.query({
        trans,
        values: true,
        query: { index: interactions.schema.primaryKey, range: req.range },
      });
      const result = await interactions.mutate(req);
      await remake(trans, contactsOf(old as Interaction[]));
      return result;
    }
    if (req.type === 'delete') {
      const old = (await interactions.getMany({ trans, keys: req.keys })) as (Interaction | undefined)[];
      const result = await interactions.mutate(req);
      await remake(trans, contactsOf(old));
      return result;
    }
    const values = req.values as Interaction[];
    // A put may replace a row a summary holds (or move it to another person): those people are made again.
    const old =
      req.type === 'put'
        ? ((await interactions.getMany({
            trans,
            keys: req.keys ?? values.map((row) => row.id),
          })) as (Interaction | undefined)[])
        : [];
    const result = await interactions.mutate(req);
    // The last of rows with the same id is the one stored.
    const written = [
      ...new Map(values.filter((_, i) => !result.failures[i]).map((row) => [row.id, row])).values(),
    ];
    const replaced = contactsOf(old);
    if (replaced.length) {
      await remake(trans, [...replaced, ...written.map((row) => row.contactId)]);
    } else {
      await fold(trans, written);
    }
    return result;
  }
  return {
    ...interactions,
    // The whole write takes its turn: what it replaces is read before it, and folded or remade after it.
    mutate: (req: DBCoreMutateRequest) => inTurn(req.trans, () => mutate(req)),
  };
}
