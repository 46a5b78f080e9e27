import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { loggedHistoryOf } from '../../../lib/db/queries/history-of';
import { storedRowsOf } from '../../../lib/db/summary-store';
import { type ContactSummary, openFollowUpOf, summaryOf } from '../../../lib/engine/contact-summary';
import { INTERACTION_KINDS, type Interaction } from '../../../lib/schema/interaction';
import { queueRowsPart } from '../../support/queue-rows';
import { storedOpenFollowUps, storedSummaries, storedSummary } from '../../support/stored-summaries';
import { contact, DAY, interaction } from '../engine/factories';

let db: RapportDatabase;

beforeEach(() => {
  db = openDatabase(`summaries-${Math.random()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const openOf = async (contactId: string) =>
  (await storedOpenFollowUps(db)).find((row) => row.contactId === contactId);

/** What the summaries must be: each person's made from their whole stored history. */
async function expectedSummaries(): Promise<ContactSummary[]> {
  const byContact = new Map<string, Interaction[]>();
  for (const row of await db.interactions.toArray()) {
    byContact.set(row.contactId, [...(byContact.get(row.contactId) ?? []), row]);
  }
  return [...byContact]
    .map(([contactId, rows]) => summaryOf(contactId, rows))
    .filter((s): s is ContactSummary => s !== null)
    .sort((a, b) => a.contactId.localeCompare(b.contactId));
}

const people = ['ada', 'ben', 'cleo'];
const row = fc.record({
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'),
  contactId: fc.constantFrom(...people),
  kind: fc.constantFrom(...INTERACTION_KINDS),
  actor: fc.constantFrom('me' as const, 'them' as const),
  at: fc.integer({ min: 0, max: 40 }).map((d) => d * DAY),
  intent: fc.constantFrom('give' as const, 'thanks' as const, 'ask' as const, undefined),
  context: fc.constantFrom('', 'Web Summit'),
});
// Every way the extension writes interactions: add, put (also replacing a row, or moving it to another person),
// delete by key, delete one person's history, clear; and several puts in flight at once in one transaction
// (a handler writing a person's rows side by side), whose summary updates must not overwrite one another.
const operation = fc.oneof(
  // The people themselves (v26: their name and page are kept beside their open follow-up): put, renamed, deleted.
  fc.record({
    op: fc.constant('putPerson' as const),
    id: fc.constantFrom(...people),
    name: fc.constantFrom('Ada', 'Ada\nLovelace', '😀\u0000'),
    profileUrl: fc.constantFrom(undefined, '', 'https://example.com/someone'),
  }),
  fc.record({ op: fc.constant('deleteContact' as const), id: fc.constantFrom(...people) }),
  // A person renamed while their history is written, side by side in one transaction (both edit the week rows).
  fc.record({
    op: fc.constant('renameBeside' as const),
    id: fc.constantFrom(...people),
    name: fc.constantFrom('Ben', 'Cleo 😀'),
    rows: fc.array(row, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('clearContacts' as const) }),
  fc.record({ op: fc.constant('add' as const), rows: fc.array(row, { maxLength: 4 }) }),
  fc.record({ op: fc.constant('put' as const), rows: fc.array(row, { maxLength: 4 }) }),
  fc.record({ op: fc.constant('delete' as const), ids: fc.array(fc.constantFrom('r1', 'r2', 'r3', 'r4')) }),
  fc.record({ op: fc.constant('deletePerson' as const), contactId: fc.constantFrom(...people) }),
  fc.record({ op: fc.constant('clear' as const) }),
  fc.record({
    op: fc.constant('together' as const),
    batches: fc.array(fc.array(row, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 3 }),
  }),
);

describe('per-person summaries', () => {
  it('stay equal to the summaries made from the whole history, after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (operations) => {
        await db.interactions.clear();
        await db.contacts.clear();
        for (const step of operations) {
          await db.transaction('rw', db.interactions, db.contacts, async () => {
            if (step.op === 'putPerson') {
              const { id, name, profileUrl } = step;
              await db.contacts.put(
                contact(profileUrl === undefined ? { id, name } : { id, name, profileUrl }),
              );
            }
            if (step.op === 'deleteContact') await db.contacts.delete(step.id);
            if (step.op === 'renameBeside') {
              await Promise.all([
                db.contacts.put(contact({ id: step.id, name: step.name })),
                db.interactions.bulkPut(step.rows.map((r) => interaction(r))),
              ]);
            }
            if (step.op === 'clearContacts') await db.contacts.clear();
            if (step.op === 'add') {
              const fresh = step.rows.filter((r, i, all) => all.findIndex((o) => o.id === r.id) === i);
              const stored = new Set(
                await db.interactions.bulkGet(fresh.map((r) => r.id)).then((rs) => rs.map((r) => r?.id)),
              );
              await db.interactions.bulkAdd(
                fresh.filter((r) => !stored.has(r.id)).map((r) => interaction(r)),
              );
            }
            if (step.op === 'put') await db.interactions.bulkPut(step.rows.map((r) => interaction(r)));
            if (step.op === 'delete') await db.interactions.bulkDelete(step.ids);
            if (step.op === 'deletePerson') await loggedHistoryOf(db, step.contactId).delete();
            if (step.op === 'clear') await db.interactions.clear();
            if (step.op === 'together') {
              await Promise.all(
                step.batches.map((rows) => db.interactions.bulkPut(rows.map((r) => interaction(r)))),
              );
            }
          });
        }
        const expected = await expectedSummaries();
        expect(await storedSummaries(db)).toEqual(expected);
        // Beside them, the open follow-up of each person with one open, and none for the others.
        expect(await storedOpenFollowUps(db)).toEqual(
          expected.flatMap((summary) => openFollowUpOf(summary) ?? []),
        );
        // Each in the row it belongs in (its person's bucket, the week it opened in), and no row left empty; the
        // open follow-ups with the name and page of their people stored.
        const contacts = new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
        const rows = storedRowsOf(expected, (id) => contacts.get(id));
        expect(await db.summaryBuckets.toArray()).toEqual(rows.buckets.sort((a, b) => a.bucket - b.bucket));
        expect(await queueRowsPart(db, 'openWeeks').toArray()).toEqual(
          rows.weeks.sort((a, b) => a.week - b.week),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('index only the people a follow-up is open for', async () => {
    await db.interactions.bulkAdd([
      interaction({ id: 'm1', contactId: 'ada', kind: 'met', actor: 'me', at: 10 * DAY }),
      interaction({ id: 'm2', contactId: 'ben', kind: 'met', actor: 'me', at: 10 * DAY }),
      interaction({ id: 's2', contactId: 'ben', kind: 'message-sent', actor: 'me', at: 11 * DAY }),
      interaction({ id: 'h3', contactId: 'cleo', kind: 'helped', actor: 'them', at: 12 * DAY }),
    ]);
    const open = async () => (await storedOpenFollowUps(db)).map((row) => row.contactId);
    expect(await open()).toEqual(['ada', 'cleo']);
    // Thanking Cleo settles the help she gave.
    await db.interactions.add(
      interaction({ id: 't3', contactId: 'cleo', kind: 'thanked', actor: 'me', at: 13 * DAY }),
    );
    expect(await open()).toEqual(['ada']);
    expect(await storedOpenFollowUps(db)).toEqual([
      { contactId: 'ada', since: 10 * DAY, starts: [expect.objectContaining({ id: 'm1', kind: 'met' })] },
    ]);
  });

  it('keep in the open-follow-up row only the starts still open, without what was said', async () => {
    await db.interactions.bulkAdd([
      interaction({
        id: 'g1',
        contactId: 'ada',
        kind: 'shared',
        actor: 'them',
        at: 5 * DAY,
        context: 'the deck',
      }),
      interaction({
        id: 'm1',
        contactId: 'ada',
        kind: 'met',
        actor: 'them',
        at: 6 * DAY,
        context: 'Web Summit',
      }),
      interaction({
        id: 'n1',
        contactId: 'ada',
        kind: 'note',
        actor: 'me',
        at: 7 * DAY,
        context: 'likes sailing',
      }),
      interaction({
        id: 'r1',
        contactId: 'ada',
        kind: 'message-received',
        actor: 'them',
        at: 8 * DAY,
        intent: 'give',
        excerpt: 'Here is the intro you asked for',
      }),
    ]);
    const row = await openOf('ada');
    // Her latest give (the message) and the meeting are open; the note and the older give are not starts.
    expect(row?.since).toBe(8 * DAY);
    expect(row?.starts.map((start) => start.id).sort()).toEqual(['m1', 'r1']);
    expect(row?.starts.find((start) => start.id === 'r1')?.excerpt).toBe('');
    expect(row?.starts.find((start) => start.id === 'm1')?.context).toBe('Web Summit');
    // Reaching out settles the meeting, not the thanks owed.
    await db.interactions.add(
      interaction({ id: 's1', contactId: 'ada', kind: 'message-sent', actor: 'me', at: 9 * DAY }),
    );
    expect((await openOf('ada'))?.starts.map((start) => start.id)).toEqual(['r1']);
    await db.interactions.add(
      interaction({ id: 't1', contactId: 'ada', kind: 'thanked', actor: 'me', at: 10 * DAY }),
    );
    expect(await openOf('ada')).toBeUndefined();
    expect(await storedSummary(db, 'ada')).toBeDefined();
  });
});
