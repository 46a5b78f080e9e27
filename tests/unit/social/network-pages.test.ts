import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { networkKeeperOf } from '../../../lib/background/network-keeper';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { loadNetworkData, NETWORK_PAGE_ROWS, networkDataPages } from '../../../lib/db/queries/network-data';
import type { Contact } from '../../../lib/schema/contact';
import type { Interaction } from '../../../lib/schema/interaction';
import {
  computeNetwork,
  NETWORK_WINDOW_MS,
  NetworkDrawing,
  type NetworkRow,
} from '../../../lib/social/network';
import { networkPerson, networkRow } from '../../../scripts/bench/network-seed';
import { readSpy } from '../engine/query-spy';

// Issue 16: the background's drawing at 50,000 people held the worker for 35–52 s in one go (messages waited).
// It now reads and counts a page at a time (lib/db/queries/network-data.ts › networkDataPages, lib/social/network.ts
// › NetworkDrawing): the same picture, no request over a page of rows.
const NOW = Date.UTC(2026, 5, 10, 12);
const people = (n: number) => Array.from({ length: n }, (_, i) => networkPerson(i, NOW));
const rows = (n: number, contacts: number) =>
  Array.from({ length: n }, (_, i) => networkRow(i, contacts, NOW));
const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

/** Splits a list at the given cut points (any order, duplicates and out-of-range ones allowed). */
function split<T>(list: readonly T[], cuts: number[]): T[][] {
  const points = [...new Set(cuts.map((c) => Math.min(c, list.length)))].sort((a, b) => a - b);
  const parts: T[][] = [];
  let from = 0;
  for (const point of [...points, list.length]) {
    parts.push(list.slice(from, point));
    from = point;
  }
  return parts;
}

describe('the network picture drawn in steps', () => {
  it('is the picture drawn in one go, however the people and exchanges are cut into batches', () => {
    const contacts = people(120);
    const interactions: NetworkRow[] = rows(400, 120);
    const whole = computeNetwork({ contacts, interactions, now: NOW, weakTieDays: 90 });
    fc.assert(
      fc.property(
        fc.array(fc.nat(400), { maxLength: 6 }),
        fc.array(fc.nat(120), { maxLength: 6 }),
        (rowCuts, peopleCuts) => {
          const drawing = new NetworkDrawing(NOW, 90);
          for (const batch of split(interactions, rowCuts)) drawing.addExchanges(batch);
          for (const batch of split(contacts, peopleCuts)) drawing.addPeople(batch);
          expect(drawing.finish()).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses an exchange after the first person (tie strength would miss it)', () => {
    const drawing = new NetworkDrawing(NOW, 90);
    drawing.addPeople(people(2));
    expect(() => drawing.addExchanges(rows(1, 2))).toThrow(/before the first person/);
  });
});

/** The most rows any one read of the database returned. */
function largestRead(database: RapportDatabase) {
  let largest = 0;
  database.use(
    readSpy((read) => {
      if ('rows' in read) largest = Math.max(largest, read.rows);
    }),
  );
  return {
    largest: () => largest,
    reset: () => {
      largest = 0;
    },
  };
}

describe('the network data read a page at a time', () => {
  let db: RapportDatabase;
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('reads every row the one-go read does, each once, no page over its size but one millisecond’s rows', async () => {
    db = openDatabase(`network-pages-${crypto.randomUUID()}`);
    const contacts = people(45);
    const since = NOW - NETWORK_WINDOW_MS;
    const edge = (id: string, at: number, kind: Interaction['kind'] = 'helped'): Interaction => ({
      ...networkRow(0, 45, NOW),
      id,
      at,
      kind,
    });
    const interactions = [
      ...rows(300, 45),
      // The window's two ends are in, just outside them is not; a visit never counts.
      edge('at-since', since),
      edge('at-now', NOW),
      edge('before-window', since - 1),
      edge('after-now', NOW + 1),
      edge('a-visit', NOW - 1_000, 'visit'),
      // Twelve rows in one millisecond: more than a page, which no range can split.
      ...Array.from({ length: 12 }, (_, i) => edge(`same-ms-${i}`, NOW - 5_000)),
    ];
    await db.contacts.bulkAdd(contacts);
    await db.interactions.bulkAdd(interactions);

    const pageRows = 7;
    const pages: ({ interactions: NetworkRow[] } | { contacts: Contact[] })[] = [];
    for await (const page of networkDataPages(db, NOW, pageRows)) pages.push(page);
    const readRows = pages.flatMap((p) => ('interactions' in p ? p.interactions : []));
    const readPeople = pages.flatMap((p) => ('contacts' in p ? p.contacts : []));
    const whole = await loadNetworkData(db, NOW);
    expect(byId(readRows as Interaction[])).toEqual(byId(whole.interactions as Interaction[]));
    expect(byId(readPeople)).toEqual(byId(whole.contacts));
    expect(readRows.map((r) => (r as Interaction).id)).toEqual(
      expect.arrayContaining(['at-since', 'at-now']),
    );
    expect(readRows.map((r) => (r as Interaction).id)).not.toEqual(expect.arrayContaining(['before-window']));
    for (const page of pages) {
      const list = 'interactions' in page ? page.interactions : page.contacts;
      expect(list.length).toBeGreaterThan(0);
      if (list.length > pageRows) {
        expect(new Set((list as NetworkRow[]).map((r) => r.at)).size).toBe(1);
      }
    }
    // Every exchange before the first person.
    const firstPerson = pages.findIndex((p) => 'contacts' in p);
    expect(pages.slice(firstPerson).every((p) => 'contacts' in p)).toBe(true);
  });

  it('the background’s drawing reads no more than a page at once, and draws what one read would', async () => {
    db = openDatabase(`network-pages-${crypto.randomUUID()}`);
    const reads = largestRead(db);
    const n = 2 * NETWORK_PAGE_ROWS + 300;
    await db.contacts.bulkAdd(people(n));
    await db.interactions.bulkAdd(rows(4 * NETWORK_PAGE_ROWS, n));
    const whole = await loadNetworkData(db, NOW);
    expect(reads.largest()).toBe(n); // the read in one go: everyone at once
    reads.reset();
    const drawn = await networkKeeperOf({ db, now: () => NOW }).draw();
    expect(reads.largest()).toBeLessThanOrEqual(NETWORK_PAGE_ROWS);
    expect(drawn.picture).toEqual(computeNetwork({ ...whole, now: NOW, weakTieDays: drawn.weakTieDays }));
    expect(drawn.picture.total).toBe(n);
  });
});
