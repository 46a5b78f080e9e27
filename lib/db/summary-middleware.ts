import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { type ContactSummary, foldInteraction, summaryOf } from '../engine/contact-summary';
import type { Contact } from '../schema/contact';
import type { Interaction } from '../schema/interaction';
import { type ShownPerson, sameShown, shownOf } from './dated-commitments';
import { deferredTo } from './deferred-upkeep';
import { below, following } from './dexie-zone';
import { entriesOf, type ImportedThread } from './imported-threads';
import { turnsPerTransaction } from './in-turn';
import { WHOLE_RANGE, WHOLE_TABLE } from './key-ranges';
import { queueRowsTable } from './queue-rows';
import { OPEN_STORE, SUMMARY_STORE, SummaryRows } from './summary-store';
import { sameThread, type ThreadBucket, threadsFrom } from './thread-buckets';
import { THREAD_TABLE } from './thread-store';

const INTERACTIONS = 'interactions';
const CONTACTS = 'contacts';

/**
 * Keeps the per-person summaries (lib/engine/contact-summary.ts) current on EVERY write of a person's history,
 * whoever makes it (capture, log, message sent, import, restore, delete, wipe): a writer cannot forget it. A
 * history is the person's rows in `interactions` and their imported thread (in a bucket of threads from v20,
 * lib/db/thread-buckets.ts: a bucket written is compared with what it held, person by person). Every read-write
 * transaction on either also takes the summaries and the other. Added rows (a new thread's entries) are folded into
 * the summaries of their people; a replaced or deleted row or thread may have been what a summary held, so those
 * people's summaries are made again from their whole history. Beside each summary it keeps the person's open
 * follow-up (what the queue reads of them), there while a follow-up is open, with their name and page (v26): read
 * from their contact when one opens, and kept current on EVERY write of a contact too (renamed, deleted, cleared).
 * Both are stored a few hundred people to a row (./summary-store.ts): a write reads and writes each row it touches
 * once.
 */
export const summaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'contact-summaries',
  create(down) {
    const has = (name: string) => down.schema.tables.some((table) => table.name === name);
    // Schemas before v19 (v20 for the threads: a migration test opening an older database) kept them otherwise:
    // not kept here.
    const weeks = queueRowsTable(down, OPEN_STORE);
    if (!has(SUMMARY_STORE) || !has(THREAD_TABLE) || !weeks) return down;
    const history = [INTERACTIONS, THREAD_TABLE];
    const derived = [SUMMARY_STORE, weeks.name];
    const summaries = new PersonSummaries(
      down.table(INTERACTIONS),
      down.table(THREAD_TABLE),
      new SummaryRows(down.table(SUMMARY_STORE), weeks, down.table(CONTACTS)),
    );
    return {
      ...down,
      transaction(stores, mode, options) {
        const writes = mode === 'readwrite';
        // A history written reads the contacts of the people whose follow-up opens (their name and page); a
        // contact written edits the week row of theirs.
        const scope =
          writes && stores.some((name) => history.includes(name))
            ? [...new Set([...stores, ...history, ...derived, CONTACTS])]
            : writes && stores.includes(CONTACTS)
              ? [...new Set([...stores, ...derived])]
              : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        if (name === INTERACTIONS) return summaries.keptOnRows();
        if (name === THREAD_TABLE) return summaries.keptOnThreads(summaries.threads);
        if (name === CONTACTS) return namingOpen(down.table(name), summaries);
        return down.table(name);
      },
    };
  },
};

/**
 * The contacts table, each write followed by the name and page of the people written kept in the week rows of
 * their open follow-ups. A put reads the contacts it replaces first: one written with the name and page it had (a
 * visit captured, most writes) needs no read of its summary's row (14 KB at the bench's seed, more with a longer
 * history), where it would learn which week row holds it; its row already names it.
 */
function namingOpen(contacts: DBCoreTable, summaries: PersonSummaries): DBCoreTable {
  const keeping = (was?: ReadonlyMap<string, Contact | undefined>) =>
    following<Contact>(contacts, (trans, written) =>
      summaries.keepNames(
        trans,
        written === 'all' || !was
          ? written
          : new Map(
              [...written].filter(([id, contact]) => {
                const before = was.get(id);
                return !contact || !before || !sameShown(before, contact);
              }),
            ),
      ),
    );
  const kept = keeping();
  return {
    ...contacts,
    mutate(req: DBCoreMutateRequest) {
      // A transaction that defers its upkeep (an import's 30,000 contacts) names them at its flush, from the week
      // rows: reading the contacts it replaces first would be a read per contact written.
      if ((req.type !== 'put' && req.type !== 'add') || summaries.defersUpkeep(req.trans))
        return kept.mutate(req);
      const ids = (req.values as Contact[]).map((contact) => contact.id);
      // Chained on Dexie's promise: the write below looks for the transaction's zone (./dexie-zone.ts).
      return below(contacts.getMany({ trans: req.trans, keys: ids })).then((stored) =>
        keeping(new Map(ids.map((id, i) => [id, stored[i] as Contact | undefined]))).mutate(req),
      );
    },
  };
}

// A summary is read, changed and put back: two writes of one person's history in flight at once take turns.
const inTurn = turnsPerTransaction();

const peopleOf = (buckets: readonly (ThreadBucket | undefined)[]) =>
  buckets.flatMap((bucket) => bucket?.threads.map((thread) => thread.contactId) ?? []);

/**
 * What writing `written` over `stored` (the buckets as they were, in the same order; none for an add) changed:
 * people whose thread was replaced or taken out (what a summary holds may be gone: made again) and new threads
 * (folded in). A thread written again as it was is neither.
 */
function threadsChanged(stored: readonly (ThreadBucket | undefined)[], written: readonly ThreadBucket[]) {
  const replaced = new Set<string>();
  const fresh: ImportedThread[] = [];
  written.forEach((bucket, i) => {
    const before = new Map(stored[i]?.threads.map((thread) => [thread.contactId, thread]));
    for (const thread of bucket.threads) {
      const was = before.get(thread.contactId);
      before.delete(thread.contactId);
      if (!was) fresh.push(thread);
      else if (!sameThread(was, thread)) replaced.add(thread.contactId);
    }
    for (const contactId of before.keys()) replaced.add(contactId);
  });
  return { replaced, fresh };
}

const contactsOf = (rows: readonly ({ contactId: string } | undefined)[]) =>
  rows.filter((row): row is { contactId: string } => !!row).map((row) => row.contactId);

class PersonSummaries {
  private readonly byPerson;

  constructor(
    readonly interactions: DBCoreTable,
    readonly threads: DBCoreTable,
    readonly rows: SummaryRows,
  ) {
    this.byPerson = interactions.schema.getIndexByKeyPath(['contactId', 'at'])!;
  }

  /** The people with a thread in a range of buckets (a whole-table range included). */
  async peopleIn(trans: DBCoreTransaction, range: DBCoreKeyRange): Promise<string[]> {
    const { result } = await this.threads.query({
      trans,
      values: true,
      query: { index: this.threads.schema.primaryKey, range },
    });
    return peopleOf(result as ThreadBucket[]);
  }

  /** The people's summaries made again from their rows (unless none are left) and their threads. */
  async remake(trans: DBCoreTransaction, contactIds: Iterable<string>, { logged = true } = {}) {
    const ids = [...new Set(contactIds)];
    const threads = await threadsFrom(
      (keys) => this.threads.getMany({ trans, keys }) as Promise<(ThreadBucket | undefined)[]>,
      ids,
    );
    // Without logged rows nothing is awaited but the database (Dexie keeps its transaction zone across those only).
    const made = logged
      ? await Promise.all(ids.map((contactId, i) => this.madeFromHistory(trans, contactId, threads[i])))
      : ids.map((contactId, i) => summaryOf(contactId, entriesOf(threads[i])));
    const byId = new Map(ids.map((contactId, i) => [contactId, made[i]!]));
    await this.rows.edit(trans, ids, (contactId) => byId.get(contactId)!);
  }

  /** A person's summary made from their logged rows and their thread. */
  private async madeFromHistory(
    trans: DBCoreTransaction,
    contactId: string,
    thread: ImportedThread | undefined,
  ) {
    const { result } = await this.interactions.query({
      trans,
      values: true,
      query: {
        index: this.byPerson,
        range: { type: 2, lower: [contactId, -Infinity], upper: [contactId, Infinity] },
      },
    });
    return summaryOf(contactId, [...(result as Interaction[]), ...entriesOf(thread)]);
  }

  /** Rows new to their people folded into what their summaries hold. */
  async fold(trans: DBCoreTransaction, rows: readonly Interaction[]) {
    const byContact = new Map<string, Interaction[]>();
    for (const row of rows) {
      const list = byContact.get(row.contactId);
      if (list) list.push(row);
      else byContact.set(row.contactId, [row]);
    }
    await this.rows.edit(trans, byContact.keys(), (contactId, stored) => {
      const summary: ContactSummary = stored ?? { contactId, latest: {} };
      let any = false;
      for (const row of byContact.get(contactId)!) any = foldInteraction(summary, row) || any;
      // Folded into the stored summary itself: a changed one is handed back as new, so it is written.
      return any ? { ...summary } : stored;
    });
  }

  keptOnRows(): DBCoreTable {
    const { interactions } = this;
    const mutate = async (req: DBCoreMutateRequest) => {
      const { trans } = req;
      if (req.type === 'deleteRange') {
        if (req.range.type === WHOLE_TABLE) {
          const result = await interactions.mutate(req);
          await this.rows.clear(trans, req.range);
          // What the people's imported threads hold is still theirs (and their logged rows are all gone).
          await this.remake(trans, await this.peopleIn(trans, req.range), { logged: false });
          return result;
        }
        const { result: old } = await interactions.query({
          trans,
          values: true,
          query: { index: interactions.schema.primaryKey, range: req.range },
        });
        const result = await interactions.mutate(req);
        await this.remake(trans, contactsOf(old as Interaction[]));
        return result;
      }
      if (req.type === 'delete') {
        const old = (await interactions.getMany({ trans, keys: req.keys })) as (Interaction | undefined)[];
        const result = await interactions.mutate(req);
        await this.remake(trans, contactsOf(old));
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
      if (replaced.length) await this.remake(trans, [...replaced, ...written.map((row) => row.contactId)]);
      else await this.fold(trans, written);
      return result;
    };
    // The whole write takes its turn: what it replaces is read before it, and folded or remade after it.
    return { ...interactions, mutate: (req: DBCoreMutateRequest) => inTurn(req.trans, () => mutate(req)) };
  }

  keptOnThreads(threads: DBCoreTable): DBCoreTable {
    const mutate = async (req: DBCoreMutateRequest) => {
      const { trans } = req;
      if (req.type === 'deleteRange') {
        const people = await this.peopleIn(trans, req.range);
        const result = await threads.mutate(req);
        this.forget(trans, people);
        // A wipe or a restore clears the logged rows first: then there is nothing left to make a summary of.
        const logged = await this.interactions.count({
          trans,
          query: { index: this.byPerson, range: WHOLE_RANGE },
        });
        if (people.length) await this.remake(trans, people, { logged: logged > 0 });
        return result;
      }
      if (req.type === 'delete') {
        const old = (await threads.getMany({ trans, keys: req.keys })) as (ThreadBucket | undefined)[];
        const result = await threads.mutate(req);
        const people = peopleOf(old);
        this.forget(trans, people);
        await this.remake(trans, people);
        return result;
      }
      const values = req.values as ThreadBucket[];
      // An add replaces nothing (it fails where a bucket is stored): only a put reads what it replaces.
      const stored =
        req.type === 'put'
          ? ((await threads.getMany({
              trans,
              keys: req.keys ?? values.map((bucket) => bucket.bucket),
            })) as (ThreadBucket | undefined)[])
          : [];
      const result = await threads.mutate(req);
      const { replaced, fresh } = threadsChanged(
        stored,
        values.filter((_, i) => !result.failures[i]),
      );
      if (this.defer(trans, replaced, fresh)) return result;
      await this.keepThreads(trans, replaced, fresh);
      return result;
    };
    return { ...threads, mutate: (req: DBCoreMutateRequest) => inTurn(req.trans, () => mutate(req)) };
  }

  /** The summaries of people whose threads were replaced made again, and new threads folded into theirs. */
  private async keepThreads(
    trans: DBCoreTransaction,
    replaced: Set<string>,
    fresh: readonly ImportedThread[],
  ) {
    // Started side by side (they touch different people), so each issues its first request in Dexie's transaction
    // zone: the fold awaited after the remake started outside it (Dexie lost the zone across the remake's return).
    // Only what reaches the database: Dexie keeps its zone across those, not across a no-op.
    await Promise.all([
      replaced.size ? this.remake(trans, replaced) : null,
      fresh.length
        ? this.fold(
            trans,
            fresh.flatMap((thread) => entriesOf(thread)),
          )
        : null,
    ]);
  }

  /**
   * Threads and contacts written in a transaction that defers its upkeep (lib/db/deferred-upkeep.ts), not yet kept:
   * the threads first at the flush (a follow-up that opens reads its person's contact, written by then), then the
   * names of the contacts written.
   */
  private readonly waiting = new WeakMap<
    DBCoreTransaction,
    { replaced: Set<string>; fresh: Map<string, ImportedThread>; named: Map<string, ShownPerson | null> }
  >();

  /** The transaction's waiting work if it defers its upkeep (its flush then keeps it), undefined otherwise. */
  private pendingOf(trans: DBCoreTransaction) {
    const pending = this.waiting.get(trans) ?? {
      replaced: new Set<string>(),
      fresh: new Map<string, ImportedThread>(),
      named: new Map<string, ShownPerson | null>(),
    };
    const deferred = deferredTo(trans, 'contact-summaries', async () => {
      this.waiting.delete(trans);
      // A thread added and then replaced is made again from what is stored: it is not folded as well.
      const added = [...pending.fresh.values()].filter((thread) => !pending.replaced.has(thread.contactId));
      // The contacts written are known by now: a follow-up that opens below names its person without a read.
      this.rows.knowNames(trans, pending.named);
      await this.keepThreads(trans, pending.replaced, added);
      this.rows.knowNames(trans, undefined);
      if (pending.named.size) await this.rows.name(trans, pending.named);
    });
    if (!deferred) return undefined;
    this.waiting.set(trans, pending);
    return pending;
  }

  /** Whether the transaction defers its upkeep (its flush then keeps what it writes). */
  defersUpkeep(trans: DBCoreTransaction): boolean {
    return this.pendingOf(trans) !== undefined;
  }

  /** Whether the transaction defers its upkeep; if so, these threads wait for its flush. */
  private defer(trans: DBCoreTransaction, replaced: Set<string>, fresh: readonly ImportedThread[]) {
    const pending = this.pendingOf(trans);
    if (!pending) return false;
    for (const contactId of replaced) pending.replaced.add(contactId);
    for (const thread of fresh) pending.fresh.set(thread.contactId, thread);
    return true;
  }

  /**
   * The written contacts' name and page kept in the week rows of their open follow-ups, in turn with the
   * transaction's writes of history (both edit the week rows), or at its flush if it defers its upkeep.
   */
  keepNames(trans: DBCoreTransaction, written: ReadonlyMap<string, Contact | null> | 'all') {
    const pending = this.pendingOf(trans);
    if (pending && written !== 'all') {
      // The last write of a contact is the one kept.
      for (const [id, contact] of written) pending.named.set(id, contact && shownOf(contact));
      return Promise.resolve();
    }
    pending?.named.clear();
    const shown =
      written === 'all'
        ? written
        : new Map([...written].map(([id, contact]) => [id, contact && shownOf(contact)] as const));
    return inTurn(trans, async () => {
      await this.rows.name(trans, shown);
    });
  }

  /** Threads deleted are no longer waiting: their deletion made their people's summaries again. */
  private forget(trans: DBCoreTransaction, contactIds: readonly string[]) {
    const pending = this.waiting.get(trans);
    if (!pending) return;
    for (const contactId of contactIds) {
      pending.replaced.delete(contactId);
      pending.fresh.delete(contactId);
    }
  }
}
