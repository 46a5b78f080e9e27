// Bundled by esbuild and evaluated inside the built extension's options page after an import
// (scripts/bench/chromium-import.bench.ts, BENCH_IMPORT_READERS=1): what the imported threads' readers pay in
// IndexedDB, whichever way the build stores them (one row per person up to v19, buckets from v20), read with
// IndexedDB alone so the same probe reads both: a person's thread (what their history reads of it) and the threads
// of the network view's year (through the `lastAt` index). Beside it, the background's own network/draw.

import { answer } from '../../../lib/db/read-transaction';
import { bucketOf } from '../../../lib/db/thread-buckets';
import { NETWORK_WINDOW_MS } from '../../../lib/social/network';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface ThreadReads {
  layout: 'rows' | 'buckets';
  /** ms per person: one read-only transaction reading their thread. */
  personMs: number[];
  /** ms to read the threads of the year (rows or buckets with `lastAt` in it). */
  windowMs: number[];
  windowRows: number;
  /** ms of the background's network/draw of that year (reads its exchanges and everyone, draws, stores the picture). */
  drawMs: number[];
}

const open = (name: string) => answer(indexedDB.open(name));

export async function measure(name: string, people: number, repeats: number): Promise<ThreadReads> {
  const db = await open(name);
  const buckets = db.objectStoreNames.contains('threadBuckets');
  const store = buckets ? 'threadBuckets' : 'threads';
  const contacts = (await answer(
    db.transaction('contacts').objectStore('contacts').getAllKeys(),
  )) as string[];
  const step = Math.max(1, Math.floor(contacts.length / people));
  const sample = contacts.filter((_, i) => i % step === 0).slice(0, people);
  const personMs: number[] = [];
  for (const contactId of sample) {
    const start = performance.now();
    const tx = db.transaction(store);
    await answer(tx.objectStore(store).get(buckets ? bucketOf(contactId) : contactId));
    personMs.push(performance.now() - start);
  }
  // The generated export's dates are its own: the year read is the one up to its latest entry, as the view would
  // read it on that day.
  const latest = await answer(
    db.transaction(store).objectStore(store).index('lastAt').openCursor(null, 'prev'),
  );
  const at = (latest?.key as number | undefined) ?? Date.now();
  const from = IDBKeyRange.lowerBound(at - NETWORK_WINDOW_MS);
  const windowMs: number[] = [];
  let windowRows = 0;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    const rows = await answer(db.transaction(store).objectStore(store).index('lastAt').getAll(from));
    windowMs.push(performance.now() - start);
    windowRows = rows.length;
  }
  db.close();
  const drawMs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await chrome.runtime.sendMessage({ type: 'network/draw', payload: { at } });
    drawMs.push(performance.now() - start);
  }
  return { layout: buckets ? 'buckets' : 'rows', personMs, windowMs, windowRows, drawMs };
}
