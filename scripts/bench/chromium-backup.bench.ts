// `npm run bench -- --filter chromium-backup`: a backup of 250,000 interactions with excerpts (over the 64 MiB a
// runtime message may carry) restored through the options page of the built extension in Chromium, then exported
// again, and the file compared with the one restored: the round trip must give the same data. The fake-indexeddb
// figure of the same round trip (the library code in Node, without the browser) is reported beside it.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Dexie from 'dexie';
import { createHandlers } from '../../lib/background/handlers';
import { parseBackup } from '../../lib/backup/parse-backup';
import { sendRestore } from '../../lib/backup/send-restore';
import { backupParts } from '../../lib/backup/write-backup';
import { newContact } from '../../lib/contacts/new-contact';
import { openDatabase } from '../../lib/db/database';
import type { Backup } from '../../lib/protocol/backup';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { launchRapport } from '../../tests/e2e/harness/extension';
import { sendRaw } from '../../tests/e2e/harness/messages';
import { routeAsAllowedSender } from '../../tests/support/senders';
import { machineLoad, peakMemory, RUNS, stats, unavailable } from './chromium/browser';
import type { BenchResult } from './harness';

const CONTACTS = 25_000;
const INTERACTIONS = 250_000;
const NOW = Date.parse('2026-06-10T10:00:00Z');
const DAY = 86_400_000;
const EXCERPT =
  'Thanks for the introduction to your colleague; here is the deck from the workshop we talked about. '.repeat(
    3,
  );

function backupFile(): Backup {
  return {
    format: 'rapport-backup',
    version: 1,
    exportedAt: NOW,
    contacts: Array.from({ length: CONTACTS }, (_, i) =>
      newContact(`person-${i}`, `Person ${i}`, NOW - 900 * DAY, {
        company: `Company ${i % 300}`,
        source: 'import',
      }),
    ),
    interactions: Array.from({ length: INTERACTIONS }, (_, n) => ({
      id: `import:${n}`,
      contactId: `person-${n % CONTACTS}`,
      at: NOW - (n % 1000) * DAY,
      kind: n % 2 ? ('message-sent' as const) : ('message-received' as const),
      actor: n % 2 ? ('me' as const) : ('them' as const),
      exchange: 'none' as const,
      context: '',
      excerpt: `${EXCERPT}#${n}`,
      source: 'import' as const,
    })),
    commitments: [],
    followUps: [],
    ownProfile: [],
    heard: [],
    events: [],
    intros: [],
    mutualChoices: [],
  };
}

const sorted = (backup: Backup) => ({
  ...backup,
  exportedAt: 0,
  contacts: [...backup.contacts].sort((a, b) => a.id.localeCompare(b.id)),
  interactions: [...backup.interactions].sort((a, b) => a.id.localeCompare(b.id)),
});

/** The path of the first value that differs between two JSON values, or null when they are the same. */
function firstDifference(a: unknown, b: unknown, path = 'backup'): string | null {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return Object.is(a, b)
      ? null
      : `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return null;
}

async function fakeRoundTrip(file: Backup): Promise<number> {
  const db = openDatabase(`bench-backup-${Date.now()}`);
  // The background's own settings copy, keeping excerpts as the browser half does (Node has no browser.storage).
  await db.settings.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, storeExcerpts: true } });
  const start = performance.now();
  const route = routeAsAllowedSender(createHandlers({ db, now: () => NOW }));
  const restored = await sendRestore(route, file, 'bench');
  if (restored.status !== 'done') throw new Error(`fake restore ${restored.status}`);
  const { parts } = await backupParts(db, NOW);
  const ms = performance.now() - start;
  if (parseBackup(JSON.parse(parts.join(''))).interactions.length !== INTERACTIONS)
    throw new Error('fake round trip lost rows');
  db.close();
  await Dexie.delete(db.name);
  return ms;
}

export async function report(): Promise<BenchResult[]> {
  const missing = unavailable();
  if (missing) {
    console.error(`chromium-backup: skipped (${missing})`);
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-backup-bench-'));
  const original = backupFile();
  const path = join(dir, 'backup.json');
  writeFileSync(path, JSON.stringify(original));
  const mb = Math.round(statSync(path).size / 1_048_576);
  const restores: number[] = [];
  const exports: number[] = [];
  const peaks: number[] = [];
  const fake: number[] = [];
  let load = '';
  try {
    for (let run = 0; run < RUNS; run++) {
      load = machineLoad();
      const rapport = await launchRapport();
      const stopSampling = peakMemory(rapport.profileDir);
      try {
        const page = await rapport.openExtensionPage('options');
        // The backup's owner kept excerpts (that is how it grew past 64 MiB); a browser that does not keep them
        // restores the same backup without them.
        const kept = await sendRaw(page, {
          type: 'settings/save',
          payload: { change: { storeExcerpts: true } },
        });
        if (!kept.ok) throw new Error(`settings not saved: ${kept.error.message}`);
        let start = performance.now();
        await page.getByLabel('Backup file (JSON)').setInputFiles(path);
        await page
          .getByText(`Restored ${CONTACTS} contacts, ${INTERACTIONS} interactions, 0 promises.`)
          .waitFor({ timeout: 600_000 });
        restores.push(performance.now() - start);
        start = performance.now();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 600_000 }),
          page.getByRole('button', { name: 'Export all data (JSON)' }).click(),
        ]);
        const saved = join(dir, `export-${run}.json`);
        await download.saveAs(saved);
        exports.push(performance.now() - start);
        const back = parseBackup(JSON.parse(readFileSync(saved, 'utf8')));
        const difference = firstDifference(sorted(back), sorted(original));
        if (difference) throw new Error(`the exported backup differs from the one restored at ${difference}`);
        rmSync(saved);
      } finally {
        peaks.push(stopSampling());
        await rapport.close();
      }
      fake.push(await fakeRoundTrip(original));
      console.error(`chromium-backup: run ${run + 1} of ${RUNS} done`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const input = `${CONTACTS.toLocaleString('en')} contacts, ${INTERACTIONS.toLocaleString('en')} interactions with excerpts (${mb} MB file)`;
  const fakeStats = stats('', '', fake);
  return [
    stats('chromium backup restore (options page)', input, restores, 'ms', { load }),
    stats('chromium backup export (options page)', input, exports, 'ms', {
      roundTrip: 'identical',
      peakBrowserRssMb: stats('', '', peaks).median,
      fakeIndexedDbRestorePlusExportMs: `${fakeStats.median} (${fakeStats.min}–${fakeStats.max})`,
    }),
  ];
}
