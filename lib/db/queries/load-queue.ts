import { type ContactSummary, type OpenFollowUp, summaryHistory } from '../../engine/contact-summary';
import { findingKeys, findQueue, finishQueue, type QueueFindings } from '../../engine/queue';
import { partialContact, type QueueCard, type QueueContact } from '../../engine/queue-contact';
import { QUEUE_RULES } from '../../engine/rules';
import type { ContactIndex, RuleNeeds } from '../../engine/rules/rule';
import type { FollowUpItem, QueueFinding } from '../../engine/types';
import type { Commitment } from '../../schema/commitment';
import type { Contact } from '../../schema/contact';
import type { NetworkingEvent } from '../../schema/event';
import type { FollowUpState } from '../../schema/follow-up';
import type { Interaction } from '../../schema/interaction';
import type { Settings } from '../../schema/settings';
import { eventRecordIds } from '../../social/events';
import { datedIn, peopleIn, type ShownPerson } from '../dated-commitments';
import { cardsIn, type QueueCardChunk } from '../queue-cards-middleware';
import { QUEUE_ROWS, type QueueRowKey, queueRowsFrom, rowsByPart } from '../queue-rows';
import { ReadTransaction, startingWith } from '../read-transaction';
import {
  type GetBuckets,
  namedIn,
  type OpenWeek,
  openBetween,
  openWeekOf,
  SUMMARY_STORE,
  summariesOf,
} from '../summary-store';
import { followUpStates } from './follow-up-states';

/**
 * The stores the queue reads, in one read-only transaction; a write to any of them may change it (the pages and
 * the badge compute it again: lib/db/store-changes.ts).
 */
export const QUEUE_STORES = [
  'contacts',
  SUMMARY_STORE,
  QUEUE_ROWS,
  'commitments',
  'followUps',
  'events',
  'interactions',
] as const;

/** The summary rows of a read, by key. */
const bucketsFrom =
  (reads: ReadTransaction): GetBuckets =>
  (keys) =>
    reads.get(SUMMARY_STORE, keys);

const uniqueById = (rows: readonly Interaction[]) => [...new Map(rows.map((row) => [row.id, row])).values()];

/**
 * Events that ended within the lookback, everything logged at them (through the eventId index), the summaries of
 * the people met (so outreach since the meeting counts) and their promises, which are undated (the batch carries
 * the date) and so missed by the dated-commitments index.
 */
async function loadEventBatches(reads: ReadTransaction, now: number, withinMs: number | undefined) {
  if (withinMs === undefined) return { events: [], rows: [], promises: [] };
  const events = await reads.all<NetworkingEvent>('events', {
    index: 'endedAt',
    from: now - withinMs,
    to: now,
  });
  if (events.length === 0) return { events, rows: [], promises: [] };
  const logged = await reads.anyOf<Interaction>(
    'interactions',
    'eventId',
    events.map((e) => e.id),
  );
  const met = logged.filter((i) => i.kind === 'met');
  const [summaries, promises] = await Promise.all([
    summariesOf(bucketsFrom(reads), [...new Set(met.map((i) => i.contactId))]),
    reads.get<Commitment>(
      'commitments',
      met.map((i) => eventRecordIds(i.eventId!, i.contactId).promise),
    ),
  ]);
  return {
    events,
    rows: [...summaries.flatMap((s) => summaryHistory(s)), ...logged],
    promises: promises.filter((c): c is Commitment => !!c && c.status === 'open' && c.dueAt === null),
  };
}

/**
 * The queue's derived rows (lib/db/queue-rows.ts) in one request: the week rows of open follow-ups from `openFrom`
 * on (none without it), every dated commitments' row and every queue card.
 */
function readQueueRows(reads: ReadTransaction, openFrom: number | undefined) {
  const { lower, upper } = queueRowsFrom(
    openFrom === undefined ? Number.POSITIVE_INFINITY : openWeekOf(openFrom),
  );
  return reads.all<{ key: QueueRowKey }>(QUEUE_ROWS, { from: lower, to: upper }).then(rowsByPart);
}

/**
 * The reads a rule's candidate query may use, over the contacts' and follow-up states' indexes; the people on a
 * cadence set by hand (their own or a tag's) come from the queue cards (`cardRows`, all of them in a few rows),
 * named by their card (v26) but not whole (`fromCard`: no role, notes or career) until their whole contact is read.
 */
function contactIndex(
  reads: ReadTransaction,
  cardRows: Promise<readonly QueueCardChunk[]>,
  fromCard: WeakSet<QueueContact>,
) {
  let cards: Promise<[string, QueueCard][]> | undefined;
  const carded = async (keep: (card: QueueCard) => boolean) => {
    cards ??= cardRows.then((rows) => rows.flatMap((row) => cardsIn(row)));
    return (await cards).flatMap(([id, card]) => {
      if (!keep(card)) return [];
      const contact = partialContact(id, card);
      fromCard.add(contact);
      return [contact];
    });
  };
  const index: ContactIndex = {
    between: (index, from, to, walk) => reads.walk<Contact>('contacts', { index, from, to }, walk),
    withOwnCadence: () => carded((card) => !!card.cadenceDays),
    tagged: (tag) => carded((card) => card.tags.includes(tag)),
    statesOf: (ruleId) => reads.all<FollowUpState>('followUps', startingWith(`${ruleId}:`)),
  };
  return index;
}

/**
 * The open follow-ups that opened within [from, to] and the name and page of their people that the rows keep (v26),
 * from the week rows read.
 */
function openWithin(rows: readonly OpenWeek[], from: number, to: number) {
  return { open: openBetween(rows, from, to), people: namedIn(rows) };
}

/** What the rules need read, derived from their declarations (lib/engine/rules/rule.ts › RuleNeeds). */
export function readsFor(rules: readonly { id: string; needs: RuleNeeds }[]) {
  const declared = rules.map((rule) => rule.needs);
  const lookbacks = declared.flatMap((needs) => (needs.opens ? [needs.opens.lookbackMs] : []));
  const eventWindows = declared.flatMap((needs) => (needs.eventsWithinMs ? [needs.eventsWithinMs] : []));
  return {
    /** One window of open follow-ups (by when they opened), the longest of the rules that open one. */
    openWithinMs: lookbacks.length ? Math.max(...lookbacks) : undefined,
    datedCommitments: declared.some((needs) => needs.datedCommitments),
    eventsWithinMs: eventWindows.length ? Math.max(...eventWindows) : undefined,
    candidates: rules.filter((rule) => rule.needs.candidates),
  };
}

// Every registered rule's needs, enabled or not: a rule reads the people the others brought (the cadence rule
// sees every contact in the view), so reading less for a switched-off rule could change another rule's items.
const NEEDS = readsFor(QUEUE_RULES);

export interface QueueContext {
  settings: Settings;
  now: number;
  timeZone: string;
  /**
   * The people whose whole contact is read for their name and page, out of the queue found, if no row read named
   * them (the cards, the open follow-ups' week rows and the dated promises' rows do, v24–v26: only someone an event
   * points at, or whose contact was not stored when their row was written, is left); the others' items carry what
   * finding them read (for those, the id alone, so no name and no reason). Nobody's items say what to mention: that
   * is read when a row is opened (./item-specifics.ts). Everyone by default; the side panel names the rows it shows
   * (lib/engine/shown-people.ts), the badge and the popup nobody.
   */
  namesFor?: (items: readonly FollowUpItem[]) => Iterable<string>;
  /** Told as each step ends, in order: a benchmark's breakdown of where an open's time goes. */
  stepDone?: (step: QueueStep) => void;
}

/**
 * The steps of a load: the reads of what is open and due, the rules, the follow-up states of what they found, the
 * queue finished (snoozed and done out, the rows to show picked), the reads of the people shown, their items
 * worded. The reads wait on IndexedDB, the others are the page's own work.
 */
export const QUEUE_STEPS = ['read', 'find', 'states', 'finish', 'read shown', 'word shown'] as const;
export type QueueStep = (typeof QUEUE_STEPS)[number];

/** A page's span on its performance timeline for each computation of the queue (components/follow-up/queue-query.ts). */
export const QUEUE_MEASURE = 'rapport: follow-up queue';

/** Before the steps of a page's computation: waiting for its database connection (lib/db/page-connection.ts). */
export const CONNECTION_STEP = 'connection';

/** A page's span for one step of a computation of the queue. */
export const queueStepMeasure = (step: QueueStep | typeof CONNECTION_STEP) => `${QUEUE_MEASURE} › ${step}`;

/**
 * The follow-up queue, read with indexed queries only, none of them over the history: the people with a
 * follow-up still open (the week rows of when it opened, over the longest window a rule declares),
 * open dated commitments (their few rows, lib/db/dated-commitments.ts), each rule's own candidates
 * (lastInteractionAt, roleChangedAt; the people on a cadence set by hand from the queue cards, in a few rows), the
 * follow-up states of the items found, then the whole contacts of the people shown that no row named (`namesFor`:
 * their name and page). The week rows, the promises' rows and the cards come in one request (v27,
 * lib/db/queue-rows.ts) and keep their people's name and page (v24, v26): at the bench's shapes that left the side
 * panel's first open about 40 gets of whole contacts fewer, 20–36 ms of its ~95 ms. Its cost follows what is open
 * and due, and what is shown, not how long the history is. What is read is what the rules declare. Read in one read-only transaction of the browser's own IndexedDB API, on a
 * connection the caller holds (a page's own, lib/db/page-connection.ts; Dexie's, `backendOf`, where Dexie is
 * loaded anyway): no Dexie, so the side panel's first script has none.
 */
export async function loadQueue(db: IDBDatabase, context: QueueContext): Promise<FollowUpItem[]> {
  const { now, settings } = context;
  const reads = new ReadTransaction(db, QUEUE_STORES);
  // People known without their name until their row is shown (a contact read for each was most of the queue's
  // cost, 490 requests for 20 rows a group): pointed at by what is open, where no row names them.
  const partial = new WeakSet<QueueContact>();
  // People named by a row (their card, their promise's row, their open follow-up's week row), not whole: a whole
  // contact read by a rule's own query is kept over their card.
  const fromRow = new WeakSet<QueueContact>();
  const openFrom = NEEDS.openWithinMs === undefined ? undefined : now - NEEDS.openWithinMs;
  const rows = readQueueRows(reads, openFrom);
  const index = contactIndex(
    reads,
    rows.then((read) => read.queueCards),
    fromRow,
  );
  // Which of the items' states are stored is asked for now, not in a round trip after the rules have run.
  const statesOf = followUpStates(
    reads,
    QUEUE_RULES.map((rule) => rule.id),
  );
  const [opened, dated, candidates, event] = await Promise.all([
    openFrom === undefined
      ? { open: [] as OpenFollowUp[], people: new Map<string, ShownPerson>() }
      : rows.then((read) => openWithin(read.openWeeks, openFrom, now)),
    NEEDS.datedCommitments
      ? rows.then((read) => ({
          commitments: datedIn(read.datedCommitments),
          people: peopleIn(read.datedCommitments),
        }))
      : { commitments: [], people: new Map<string, ShownPerson>() },
    Promise.all(
      NEEDS.candidates.map(async (rule) => ({
        rule,
        contacts: (await rule.needs.candidates?.(index, { settings, now })) ?? [],
      })),
    ),
    loadEventBatches(reads, now, NEEDS.eventsWithinMs),
  ]);
  const { open } = opened;
  const commitments = [...dated.commitments, ...event.promises];
  // A whole contact over a card of the same person.
  const contacts = new Map<string, QueueContact>();
  for (const contact of candidates.flatMap((found) => found.contacts)) {
    if (!contacts.has(contact.id) || !fromRow.has(contact)) contacts.set(contact.id, contact);
  }
  // Named by their promise's row or their open follow-up's week row: shown with no read of their whole contact.
  for (const row of [...open, ...commitments, ...event.rows]) {
    if (contacts.has(row.contactId)) continue;
    const shown = dated.people.get(row.contactId) ?? opened.people.get(row.contactId);
    const contact = partialContact(row.contactId, shown);
    (shown ? fromRow : partial).add(contact);
    contacts.set(contact.id, contact);
  }
  // Whose items' reasons are worded for the rows shown only: the people known by a row (most of a queue's items:
  // 1,490 cadence people of the bench's 1,937 items; wording every one was the finish step's largest part) and those
  // not known by name yet.
  const wordedWhenShown = {
    has: (contact: QueueContact) => fromRow.has(contact) || partial.has(contact),
  };
  // The history the rules need: the open follow-ups' starts (read above) and the candidates' of a rule that
  // says so, whole.
  const upFront = candidates
    .filter(({ rule }) => rule.needs.candidateHistory)
    .flatMap((found) => found.contacts.map((contact) => contact.id));
  const candidateSummaries = (await summariesOf(bucketsFrom(reads), upFront)).filter(
    (summary): summary is ContactSummary => !!summary,
  );
  context.stepDone?.('read');
  const found = findQueue({
    ...context,
    contacts: [...contacts.values()],
    interactions: uniqueById([
      ...open.flatMap((row) => row.starts),
      ...candidateSummaries.flatMap(summaryHistory),
      ...event.rows,
    ]),
    commitments,
    events: event.events,
  });
  context.stepDone?.('find');
  const states = await statesOf(findingKeys(found));
  context.stepDone?.('states');
  // What to mention is read when a row is opened (./item-specifics.ts), not here. The reasons of the people known
  // by a row or not by name yet are worded below, for those shown.
  const items = finishQueue(found, states, { specifics: false, unnamed: wordedWhenShown });
  const wanted = [
    ...new Set(context.namesFor ? context.namesFor(items) : items.map((item) => item.contactId)),
  ];
  context.stepDone?.('finish');
  const contactOf = (id: string) => found.view.contacts.get(id);
  const toWord = wanted.filter((id) => {
    const contact = contactOf(id);
    return !!contact && wordedWhenShown.has(contact);
  });
  // Their whole contacts only: what to mention (from their history, in their summary) is read when a row is opened
  // (./item-specifics.ts). A get per row shown was half of an open's requests (80 of 160), IndexedDB's own cost.
  const unnamedShown = toWord.filter((id) => partial.has(contactOf(id)!));
  const whole = await reads.get<Contact>('contacts', unnamedShown);
  context.stepDone?.('read shown');
  const namedShown = new Map<string, ShownPerson>(
    toWord.flatMap((id) => (partial.has(contactOf(id)!) ? [] : [[id, contactOf(id)!] as const])),
  );
  for (const contact of whole) if (contact) namedShown.set(contact.id, contact);
  const worded = wordShown(items, found, new Set(toWord), namedShown);
  context.stepDone?.('word shown');
  return worded;
}

/**
 * The queue with the people shown whose reasons were left to word (`shown`) named: their items' reason worded with
 * their name and page (`wholeOf`: their row's, or their whole contact's). The other items are as finishQueue made
 * them: not on screen, such a person's says when and why it is due, with no sentence with a blank for the name.
 */
function wordShown(
  items: readonly FollowUpItem[],
  found: QueueFindings,
  shown: ReadonlySet<string>,
  wholeOf: ReadonlyMap<string, ShownPerson>,
) {
  const findings = new Map<string, QueueFinding>();
  for (const { findings: ofRule } of found.byRule) {
    for (const finding of ofRule) if (wholeOf.has(finding.contactId)) findings.set(finding.key, finding);
  }
  const worded: FollowUpItem[] = [];
  for (const item of items) {
    if (!shown.has(item.contactId)) {
      worded.push(item);
      continue;
    }
    const contact = wholeOf.get(item.contactId);
    // Someone pointed at whose contact is gone (deleted while a promise named them) has no item: nothing dangles.
    if (!contact) continue;
    worded.push({
      ...item,
      reason: findings.get(item.key)!.reasonFor(contact.name),
      contactName: contact.name,
      profileUrl: contact.profileUrl,
    });
  }
  return worded;
}
