import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { queueAtNow } from '../../../lib/background/queue-at-now';
import { backupParts } from '../../../lib/backup/write-backup';
import { keepFirstView } from '../../../lib/browser/kept-first-view';
import { openDatabase } from '../../../lib/db/database';
import { possiblePromiseSummaries } from '../../../lib/privacy/promise-summary';
import { createRouter } from '../../../lib/protocol/router';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { guardSettingsMirror, settingsOwner } from '../../../lib/settings/owner';
import { readSettings } from '../../../lib/settings/storage';
import {
  CONTENT_SCRIPT_MESSAGES,
  routeAsAllowedSender,
  SENDERS,
  sentByContentScripts,
  TEST_EXTENSION,
} from '../../support/senders';

const ROOT = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Privacy\n'),
  readme.indexOf('\n## ', readme.indexOf('## Privacy\n') + 5),
);
const sentences = section
  .split('\n- ')
  .slice(1)
  .map((bullet) => bullet.replace(/\s*\n\s*/g, ' ').trim());

const T = Date.UTC(2026, 2, 10, 9);
const DAY = 86_400_000;
const MESSAGE = 'Lovely meeting you at Kestrel Summit. I will send you the Zanzibar deck by Friday.';

async function withRapport<T>(
  run: (route: ReturnType<typeof routeAsAllowedSender>, db: ReturnType<typeof openDatabase>) => Promise<T>,
) {
  fakeBrowser.reset();
  const db = openDatabase(`readme-${Math.random()}`);
  const route = routeAsAllowedSender(createHandlers({ db, now: () => T }));
  await route({
    type: 'profile/captured',
    payload: { publicId: 'ada', profileUrl: 'https://www.linkedin.com/in/ada/', name: 'Ada Moss' },
  });
  try {
    return await run(route, db);
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

const send = (route: ReturnType<typeof routeAsAllowedSender>) =>
  route({
    type: 'message/sent',
    payload: { recipient: { profileId: 'ada' }, text: MESSAGE, kind: 'message', at: T },
  });

/** Every sentence of the README's privacy section, and what holds it true. */
const CHECKS: Record<string, () => unknown> = {
  'Everything Rapport keeps is stored in this browser: people, interactions, promises, follow-ups and your settings in IndexedDB, with a copy of the settings in extension storage for its LinkedIn content scripts to read.':
    () =>
      withRapport(async (route, db) => {
        expect(db.tables.map((t) => t.name)).toEqual(
          expect.arrayContaining(['contacts', 'interactions', 'commitments', 'followUps', 'settings']),
        );
        await route({ type: 'settings/save', payload: { change: { weakTieDays: 90 } } });
        expect((await db.settings.get('settings'))?.value).toMatchObject({ weakTieDays: 90 });
        expect((await browser.storage.local.get('settings')).settings).toMatchObject({ weakTieDays: 90 });
      }),
  "The side panel's first screen (the names and reasons it shows on opening) is also kept in the browser's memory only, in extension session storage, which the browser empties when it closes and which neither LinkedIn pages nor Rapport's content scripts can read.":
    () =>
      withRapport(async (route, db) => {
        await route({
          type: 'interaction/log',
          payload: {
            id: 'met-ada',
            contactId: 'ada',
            kind: 'met',
            actor: 'me',
            context: 'Kestrel',
            at: T - 3 * DAY,
          },
        });
        const { kept } = await queueAtNow(db, DEFAULT_SETTINGS);
        await keepFirstView(kept);
        expect(JSON.stringify(await browser.storage.session.get(null))).toContain('Ada Moss');
        // Nowhere on disk: not in extension storage's local area.
        expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain('Ada Moss');
        // Session storage is open to Rapport's own pages only unless its access level is raised: nothing raises it.
        const code = ['lib', 'components', 'entrypoints'].flatMap((dir) =>
          readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
            .filter((file) => /\.tsx?$/.test(file))
            .map((file) => readFileSync(join(ROOT, dir, file), 'utf8')),
        );
        expect(code.join('\n')).toContain('storage.session');
        for (const source of code) expect(source).not.toMatch(/setAccessLevel/);
      }),
  "Your privacy choices are read from Rapport's own copy, which LinkedIn pages cannot reach: a change to the copy in extension storage that Rapport did not make is put back and decides nothing.":
    () =>
      withRapport(async (route, db) => {
        const unguard = guardSettingsMirror(settingsOwner(db));
        try {
          const stored = (await browser.storage.local.get('settings')).settings as object;
          // What a content script can do: write extension storage directly.
          await browser.storage.local.set({ settings: { ...stored, storeExcerpts: true } });
          expect(await send(route)).toMatchObject({ ok: true });
          expect(JSON.stringify(await db.interactions.toArray())).not.toContain('Kestrel');
          await expect.poll(async () => (await readSettings()).storeExcerpts).toBe(false);
          // And no content script may save settings through Rapport.
          const router = createRouter(createHandlers({ db, now: () => T }), TEST_EXTENSION);
          expect(
            await router(
              { type: 'settings/save', payload: { change: { storeExcerpts: true } } },
              SENDERS.content,
            ),
          ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        } finally {
          unguard();
          await settingsOwner(db).current();
        }
      }),
  "By default nothing you write is kept: a message you send is stored as its time, its kind, its intent and a wording signature (up to 24 numbers hashed from its three-word runs, never words, so Rapport can tell when the same text goes to many people; backups leave it out, so it never leaves the browser), and a promise in it as a due date and a short summary in Rapport's own words.":
    () =>
      withRapport(async (route, db) => {
        await send(route);
        const stored = JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
        for (const word of ['Kestrel', 'Summit', 'Zanzibar', 'deck', 'Lovely'])
          expect(stored).not.toContain(word);
        const [sent] = await db.interactions.where('kind').equals('message-sent').toArray();
        expect(sent).toMatchObject({ at: T, intent: expect.any(String), excerpt: '' });
        // The signature is numbers only, at most 24 of them.
        expect(sent?.signature?.length).toBeGreaterThan(0);
        expect(sent?.signature?.length).toBeLessThanOrEqual(24);
        expect(sent?.signature?.every((n) => Number.isInteger(n))).toBe(true);
        // Nothing else of the message rides along: the other fields say who, how and where from, never what.
        expect(Object.keys(sent ?? {}).sort()).toEqual(
          [
            'actor',
            'at',
            'contactId',
            'context',
            'excerpt',
            'exchange',
            'id',
            'intent',
            'kind',
            'signature',
            'source',
          ].sort(),
        );
        expect(sent).toMatchObject({ actor: 'me', context: '', source: 'auto' });
        const [promise] = await db.commitments.toArray();
        expect(possiblePromiseSummaries().has(promise?.text ?? '')).toBe(true);
        expect(promise?.dueAt).toEqual(expect.any(Number));
        // The backup file holds the sent message, without its signature.
        const backup = JSON.parse((await backupParts(db, T)).parts.join(''));
        expect(backup.interactions).toContainEqual(
          expect.objectContaining({ id: sent?.id, kind: 'message-sent' }),
        );
        expect(JSON.stringify(backup)).not.toContain('signature');
      }),
  'Message text is kept only if you switch on excerpts.': () =>
    withRapport(async (route, db) => {
      expect(DEFAULT_SETTINGS.storeExcerpts).toBe(false);
      expect((await readSettings()).storeExcerpts).toBe(false);
      await route({ type: 'settings/save', payload: { change: { storeExcerpts: true } } });
      await send(route);
      expect((await db.interactions.where('kind').equals('message-sent').first())?.excerpt).toContain(
        'Kestrel',
      );
    }),
  "There is no server, no account, no analytics and no remote code; extension pages may load only their own files (`default-src 'none'`).":
    () => {
      expect(config).toContain(`"default-src 'none'"`);
      const csp = config.slice(config.indexOf('EXTENSION_PAGES_CSP = ['), config.indexOf("].join('; ')"));
      expect(csp).not.toMatch(/https?:|\*|unsafe/);
      const code = ['lib', 'components', 'entrypoints'].flatMap((dir) =>
        readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
          .filter((file) => /\.(ts|tsx)$/.test(file))
          .map((file) => readFileSync(join(ROOT, dir, file), 'utf8')),
      );
      // One fetch only, of the extension's own packaged files (the tone weights, lib/tone/model/
      // tone-weight-files.browser.ts): root-relative, so its own origin, where connect-src 'self' holds it.
      const ownFiles = /\bfetch\(`\/\$\{path\}`\)/;
      expect(code.filter((source) => ownFiles.test(source))).toHaveLength(1);
      for (const source of code)
        expect(source.replace(ownFiles, '')).not.toMatch(
          /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|\beval\(/,
        );
    },
  'It asks for the least it needs: `storage`, `alarms`, `sidePanel`, and access to `www.linkedin.com` only.':
    () => {
      expect(config).toContain("['storage', 'alarms', 'sidePanel']");
      expect(config).toContain("host_permissions: ['https://www.linkedin.com/*']");
    },
  '`notifications` is optional: the browser asks you only if you switch desktop notifications on.': () => {
    expect(config).toContain("optional_permissions: ['notifications']");
    expect(DEFAULT_SETTINGS.notifications).toBe(false);
  },
  'LinkedIn pages get nothing from Rapport: its content scripts may only report a profile, a sent message or the open conversation\'s messages, ask for tone hints, reply coaching and the give/ask balance, remember a hint or a box you chose to hide, and open Rapport\'s own "Why?" page when you click Why? beside a hint.':
    () => {
      expect(sentByContentScripts()).toEqual([...CONTENT_SCRIPT_MESSAGES].sort());
      // No page of Rapport's is web-accessible: LinkedIn cannot load or probe one, so "Why?" goes through the worker.
      expect(config).not.toContain('web_accessible_resources');
    },
  'It never visits a page, clicks or sends anything for you.': () => {
    // What runs in LinkedIn's pages: the content scripts and the code only they use.
    const dirs = ['lib/hints', 'lib/capture', 'lib/linkedin'];
    const sources = [
      ...dirs.flatMap((dir) =>
        readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.ts'))
          .map((file) => readFileSync(join(ROOT, dir, file), 'utf8')),
      ),
      ...readdirSync(join(ROOT, 'entrypoints'))
        .filter((file) => file.endsWith('.content.ts'))
        .map((file) => readFileSync(join(ROOT, 'entrypoints', file), 'utf8')),
    ];
    for (const source of sources) {
      expect(source).not.toMatch(
        /\.click\(\)|\.submit\(\)|requestSubmit|location\.(assign|replace)|location\.href\s*=|window\.open|tabs\.create/,
      );
    }
  },
  'Wipe deletes every record and every stored key that names a person.': () =>
    withRapport(async (route, db) => {
      await send(route);
      await route({ type: 'settings/remember', payload: { list: 'dismissedBoxes', key: 'messaging:ada' } });
      expect(JSON.stringify(await db.settings.toArray())).toContain('messaging:ada');
      await route({ type: 'data/wipe', payload: { confirm: 'wipe' } });
      // The settings' own copy stays (preferences), without the lists that name people.
      for (const table of db.tables) if (table.name !== 'settings') expect(await table.count()).toBe(0);
      expect(JSON.stringify(await db.settings.toArray())).not.toContain('ada');
      expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain('ada');
    }),
  'Each sentence here is enforced by `tests/security/unit/readme-privacy.test.ts`.': () => {
    expect(sentences.length).toBe(Object.keys(CHECKS).length);
  },
};

describe('README privacy section', () => {
  it('has exactly the sentences this test enforces', () => {
    expect(sentences).toEqual(Object.keys(CHECKS));
  });

  it.each(Object.entries(CHECKS))('%s', async (_sentence, check) => {
    await check();
  });
});
