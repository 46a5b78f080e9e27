import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { DATABASE_NAME } from '../../../lib/db/name';

// The side panel's database opening, started by its first bytes (entrypoints/sidepanel-early.ts) and taken over by
// its first step: one opening, and the connection still forgotten when it closes (the background upgrades).
type PageConnection = typeof import('../../../lib/db/page-connection');
let connection: PageConnection;
let version = 0;

/** The database as the background leaves it, at a version above any before (a higher one closes a page's). */
function createDatabase(): Promise<void> {
  version++;
  return new Promise((done, fail) => {
    const opening = indexedDB.open(DATABASE_NAME, version);
    opening.onupgradeneeded = () => {
      if (!opening.result.objectStoreNames.contains('queueCards'))
        opening.result.createObjectStore('queueCards');
    };
    opening.onsuccess = () => {
      opening.result.close();
      done();
    };
    opening.onerror = () => fail(opening.error);
  });
}

beforeEach(async () => {
  // A page's scripts each start with a copy of the module of their own.
  vi.resetModules();
  connection = await import('../../../lib/db/page-connection');
  globalThis.rapportEarlyOpening = undefined;
});
afterEach(async () => {
  (await connection.pageConnection())?.close();
  vi.restoreAllMocks();
});

it('takes the opening started early instead of opening again', async () => {
  await createDatabase();
  const open = vi.spyOn(indexedDB, 'open');
  connection.openPageConnectionEarly();
  vi.resetModules();
  const later: PageConnection = await import('../../../lib/db/page-connection');
  const db = await later.pageConnection();
  expect(db?.objectStoreNames.contains('queueCards')).toBe(true);
  expect(open).toHaveBeenCalledTimes(1);
  // Taken once: the same connection after, from the module that took it.
  expect(await later.pageConnection()).toBe(db);
  expect(open).toHaveBeenCalledTimes(1);
  connection = later;
});

it('opens again once the connection it took is closed by an upgrade', async () => {
  await createDatabase();
  connection.openPageConnectionEarly();
  const first = await connection.pageConnection();
  await createDatabase();
  const second = await connection.pageConnection();
  expect(second).toBeDefined();
  expect(second).not.toBe(first);
});

it('opens anew where the early connection closed before anyone took it', async () => {
  await createDatabase();
  connection.openPageConnectionEarly();
  const early = await globalThis.rapportEarlyOpening?.opening;
  await createDatabase();
  const db = await connection.pageConnection();
  expect(db).toBeDefined();
  expect(db).not.toBe(early);
});

it('opens by itself on a page that started nothing early', async () => {
  await createDatabase();
  const open = vi.spyOn(indexedDB, 'open');
  expect(await connection.pageConnection()).toBeDefined();
  expect(open).toHaveBeenCalledTimes(1);
});
