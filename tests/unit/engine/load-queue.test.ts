import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { specificsOf } from '../../../lib/db/queries/item-specifics';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { summaryBucketOf } from '../../../lib/db/summary-store';
import { computeQueue } from '../../../lib/engine/queue';
import { isCarded } from '../../../lib/engine/queue-contact';
import type { FollowUpItem } from '../../../lib/engine/types';
import { INTERACTION_KINDS } from '../../../lib/schema/interaction';
import { queueRowsPart } from '../../support/queue-rows';
import { commitment, contact, DAY, interaction, settings } from './factories';
import { type IdbRead, idbReadSpy } from './idb-read-spy';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const SETTINGS = settings({ tagCadences: { mentor: 30 }, defaultCadenceDays: 60 });
let db: RapportDatabase;
/** Every read of IndexedDB since the last `spied.length = 0` (the queue reads without Dexie). */
let spied: IdbRead[];
let stopSpying: () => void;
const ranged = () =>
  spied.flatMap((read) =>
    read.via === 'range' ? [{ table: read.table, index: read.index, rangeType: read.rangeType }] : [],
  );

/** A deterministic mixed history: 300 people, 3,000 interactions over two years, some dated in the future. */
async function seed() {
  let state = 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const people = Array.from({ length: 300 }, (_, n) =>
    contact({
      id: `p${n}`,
      tags: n % 7 === 0 ? ['mentor'] : [],
      cadenceDays: n % 11 === 0 ? 14 : null,
      firstSeenAt: NOW - 800 * DAY,
    }),
  );
  const log = Array.from({ length: 3000 }, () =>
    interaction({
      contactId: pick(people).id,
      kind: pick(INTERACTION_KINDS),
      actor: random() < 0.5 ? 'me' : 'them',
      at: NOW - Math.floor(random() * 730 * DAY) + (random() < 0.02 ? 5 * DAY : 0),
      intent: pick(['ask', 'give', 'thanks', undefined] as const),
      context: pick(['', 'Web Summit', 'the deck']),
    }),
  );
  for (const person of people) {
    person.lastInteractionAt = Math.max(
      0,
      ...log.filter((i) => i.contactId === person.id && i.kind !== 'visit').map((i) => i.at),
    );
  }
  const promises = Array.from({ length: 40 }, (_, n) =>
    commitment({
      contactId: `p${n * 7}`,
      by: n % 2 ? 'me' : 'them',
      dueAt: n % 5 ? NOW + (n - 20) * DAY : null,
      status: n % 9 ? 'open' : 'kept',
    }),
  );
  await db.contacts.bulkPut(people);
  await db.interactions.bulkPut(log);
  await db.commitments.bulkPut(promises);
  await db.followUps.bulkPut([
    { key: 'cadence:p0:0', contactId: 'p0', snoozedUntil: NOW + DAY, doneAt: null },
  ]);
}

/** The queue computed from every table read whole: what loadQueue's indexed reads must agree with. */
const queueOfEveryTable = async () =>
  computeQueue({
    contacts: await db.contacts.toArray(),
    interactions: await db.interactions.toArray(),
    commitments: await db.commitments.toArray(),
    followUps: await db.followUps.toArray(),
    settings: SETTINGS,
    now: NOW,
    timeZone: 'UTC',
  });

const essentials = (items: FollowUpItem[]) =>
  items.map(({ key, dueAt, reason, priority }) => ({ key, dueAt, reason, priority }));

beforeEach(async () => {
  db = openDatabase(`queue-inputs-${Math.random()}`);
  spied = [];
  stopSpying = idbReadSpy((read) => spied.push(read));
  await seed();
});

afterEach(async () => {
  stopSpying();
  db.close();
  await Dexie.delete(db.name);
});

describe('loadQueue', () => {
  it('gives the same queue as reading every table whole', async () => {
    const everything = await queueOfEveryTable();
    const loaded = await loadQueue(await backendOf(db), { settings: SETTINGS, now: NOW, timeZone: 'UTC' });
    expect(everything.length).toBeGreaterThan(20);
    expect(new Set(everything.map((item) => item.ruleId)).size).toBe(5);
    expect(essentials(loaded)).toEqual(essentials(everything));
    // What to mention is read when a row is opened, out of the same whole history.
    expect(loaded.every((item) => item.specifics.length === 0)).toBe(true);
    const opened = await Promise.all(everything.map((item) => specificsOf(db, item.contactId, NOW)));
    expect(opened).toEqual(everything.map((item) => item.specifics));
    expect(opened.filter((specifics) => specifics.length).length).toBeGreaterThan(20);
  });

  it('reads only through indexes, with bounded ranges', async () => {
    const raw = await backendOf(db);
    spied.length = 0;
    await loadQueue(raw, { settings: SETTINGS, now: NOW, timeZone: 'UTC' });
    const reads = ranged();
    expect(reads.length).toBeGreaterThan(0);
    // No whole-table read. The queue's derived rows come in ONE bounded range (lib/db/queue-rows.ts): the week
    // rows of open follow-ups from the window's first week, then the dated commitments' rows and the queue cards,
    // at most DATED_CHUNKS and CARD_CHUNKS rows whatever the number of people and promises.
    expect(reads.filter((read) => read.rangeType === 3)).toEqual([]);
    expect(reads.filter((read) => read.table === 'queueRows')).toEqual([
      { table: 'queueRows', index: ':id', rangeType: 2 },
    ]);
    expect(reads.filter((read) => read.table === 'commitments')).toEqual([]);
    expect(reads.filter((read) => read.table === 'contacts').map((read) => read.index)).not.toContain('tags');
    expect(reads.filter((read) => read.table === 'contacts').map((read) => read.index)).not.toContain(
      'cadenceDays',
    );
    // The history is never read: people with an open follow-up come from the week rows of when it opened (in
    // the range above); no summary is read by a range (only by key, the rows of the people a rule names).
    expect(reads.filter((read) => read.table === 'interactions')).toEqual([]);
    expect(reads.filter((read) => read.table === 'summaryBuckets')).toEqual([]);
  });

  it('names the people of the cards, the open follow-ups and the promises from their rows, reading no contact', async () => {
    const everything = await queueOfEveryTable();
    const raw = await backendOf(db);
    spied.length = 0;
    const shown = await loadQueue(raw, { settings: SETTINGS, now: NOW, timeZone: 'UTC' });
    // Every row shown (the side panel's default) is named as reading everything names it, its reason worded with
    // the name; and no contact is read whole for it: no `contacts` get at all.
    const wording = (items: FollowUpItem[]) =>
      items.map(({ key, reason, contactName, profileUrl }) => ({ key, reason, contactName, profileUrl }));
    expect(wording(shown)).toEqual(wording(everything));
    expect(spied.filter((read) => read.via === 'get' && read.table === 'contacts')).toEqual([]);
    // Among them people found from their card and people found from their open follow-up's week row.
    const stored = new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
    const open = new Set(
      (await queueRowsPart(db, 'openWeeks').toArray()).flatMap((row) => Object.keys(row.people)),
    );
    expect(shown.some((item) => isCarded(stored.get(item.contactId)!) && item.ruleId === 'cadence')).toBe(
      true,
    );
    expect(shown.some((item) => open.has(item.contactId) && !isCarded(stored.get(item.contactId)!))).toBe(
      true,
    );
    expect(shown.every((item) => item.contactName === stored.get(item.contactId)!.name)).toBe(true);
  });

  it('reads the contacts of the people named only where their row does not name them, and words their items', async () => {
    // Week rows that do not name their people (as when a follow-up opened before its contact was stored).
    const weeks = await queueRowsPart(db, 'openWeeks').toArray();
    await queueRowsPart(db, 'openWeeks').bulkPut(
      weeks.map((row) => ({
        ...row,
        people: Object.fromEntries(
          Object.entries(row.people).map(([id, { name: _, page: _page, ...open }]) => [id, open]),
        ),
      })),
    );
    const full = await loadQueue(await backendOf(db), { settings: SETTINGS, now: NOW, timeZone: 'UTC' });
    const people = [...new Set(full.map((item) => item.contactId))];
    // Some people at the top, and some whose row does not name them.
    const nobody = await loadQueue(await backendOf(db), {
      settings: SETTINGS,
      now: NOW,
      timeZone: 'UTC',
      namesFor: () => [],
    });
    const unnamed = [...new Set(nobody.filter((item) => item.contactName === '').map((i) => i.contactId))];
    expect(unnamed.length).toBeGreaterThan(3);
    const named = new Set([...people.slice(0, 5), ...unnamed.slice(0, 3)]);
    const raw = await backendOf(db);
    spied.length = 0;
    const shown = await loadQueue(raw, {
      settings: SETTINGS,
      now: NOW,
      timeZone: 'UTC',
      namesFor: () => named,
    });
    const gotFrom = (table: string) =>
      spied.flatMap((read) => (read.via === 'get' && read.table === table ? [read.key] : []));
    const asked = gotFrom('summaryBuckets');
    const contactsAsked = gotFrom('contacts') as string[];
    // The same items, in the same order; the people named as reading everything names them.
    expect(shown.map((item) => item.key)).toEqual(full.map((item) => item.key));
    const stored = new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
    let fromContactOnly = 0;
    let wordedWhenShown = 0;
    let pointedAt = 0;
    shown.forEach((item, i) => {
      if (named.has(item.contactId)) {
        expect(item.profileUrl).toBe(full[i]!.profileUrl);
        expect(item.contactName).toBe(full[i]!.contactName);
        expect(item.reason).toBe(full[i]!.reason);
        expect(item.action).toBe(full[i]!.action);
      } else if (item.profileUrl !== '') {
        // Read whole by a rule's own query (a role change, a lapsed contact), or named by their card or their
        // promise's row: named. A row's person's reason is worded once their row is shown: blank until then.
        expect({ ...item, reason: '' }).toEqual({ ...full[i]!, reason: '' });
        expect(item.contactName).toBe(stored.get(item.contactId)!.name);
        if (item.reason === '') wordedWhenShown++;
        else {
          expect(item.reason).toBe(full[i]!.reason);
          fromContactOnly++;
        }
      } else if (JSON.stringify(item) !== JSON.stringify(full[i])) {
        const person = stored.get(item.contactId)!;
        // When and why it is due, as reading everything finds it.
        expect({ ...item, contactName: '', reason: '', profileUrl: '' }).toEqual({
          ...full[i]!,
          contactName: '',
          reason: '',
          profileUrl: '',
        });
        // Pointed at by an open follow-up whose row does not name them: no name until their row is shown, and no
        // sentence with a blank for it.
        expect(item.contactName).toBe('');
        expect(item.reason).toBe('');
        expect(isCarded(person)).toBe(false);
        pointedAt++;
      }
    });
    expect(fromContactOnly).toBeGreaterThan(0);
    expect(wordedWhenShown).toBeGreaterThan(0);
    expect(pointedAt).toBeGreaterThan(0);
    // No contact is read whole but the named people's whose row does not name them.
    expect(contactsAsked.length).toBeGreaterThan(0);
    expect(contactsAsked.every((id) => named.has(id))).toBe(true);
    // No summary is read for what to mention, named or not (./item-specifics.ts reads it when a row is opened):
    // those asked for are the rules' own reads (a new role is settled by my outreach since, in the summary).
    const ruleReads = (await db.contacts.where('roleChangedAt').above(0).primaryKeys()) as string[];
    const ruleRows = new Set(ruleReads.map(summaryBucketOf));
    expect(asked.filter((bucket) => !ruleRows.has(bucket as number))).toEqual([]);
    expect(asked.length).toBeLessThan(people.length);
    expect(shown.every((item) => item.specifics.length === 0)).toBe(true);
  });

  it('leaves out the item of someone pointed at whose contact is gone, when their row would show', async () => {
    await db.commitments.put(commitment({ id: 'to-nobody', contactId: 'gone', by: 'me', dueAt: NOW + DAY }));
    const everyone = await loadQueue(await backendOf(db), { settings: SETTINGS, now: NOW, timeZone: 'UTC' });
    expect(everyone.some((item) => item.contactId === 'gone')).toBe(false);
    expect(everyone.some((item) => item.keepsCommitment !== undefined)).toBe(true);
  });
});
