import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { importedContact } from '../../../lib/import/imported-contact';
import type { Backup } from '../../../lib/protocol/backup';
import { routeAsAllowedSender } from '../../support/senders';

let db: RapportDatabase;
let route: ReturnType<typeof routeAsAllowedSender>;

const backup: Backup = {
  format: 'rapport-backup',
  version: 1,
  exportedAt: 5_000,
  contacts: [importedContact('ada-l', 'Ada Lind', 1_000)],
  interactions: [
    {
      id: 'i1',
      contactId: 'ada-l',
      at: 2_000,
      kind: 'met',
      actor: 'me',
      exchange: 'none',
      context: '',
      excerpt: '',
      source: 'manual',
    },
  ],
  commitments: [],
  followUps: [],
  ownProfile: [
    {
      key: 'me',
      publicId: 'me-myself',
      name: 'Kim Self',
      headline: '',
      title: 'Engineer',
      company: 'Acme',
      location: '',
      experience: [{ title: 'Engineer', company: 'Acme', dates: '2020 - Present' }],
      education: [{ school: 'Riverside College', degree: '', dates: '2012 - 2016' }],
      source: 'capture',
      updatedAt: 4_000,
    },
  ],
};

beforeEach(async () => {
  db = openDatabase(`restore-${Math.random()}`);
  route = routeAsAllowedSender(createHandlers({ db, now: () => 9_000 }));
  await db.contacts.put(importedContact('bo-b', 'Bo Berg', 1_000));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('data/restore', () => {
  it('replaces everything with the backup, which exports back the same', async () => {
    expect(await route({ type: 'data/restore', payload: { backup } })).toEqual({
      ok: true,
      value: { contacts: 1, interactions: 1, commitments: 0, followUps: 0 },
    });
    const exported = await route({ type: 'data/export', payload: {} });
    expect(exported).toMatchObject({ ok: true, value: { ...backup, exportedAt: 9_000 } });
  });

  it('refuses a backup from a newer version with a message saying so, and changes nothing', async () => {
    const reply = await route({
      type: 'data/restore',
      payload: { backup: { ...backup, version: 2, contacts: 'new shape' } },
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: /format version 2, made by a newer Rapport/ },
    });
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual(['bo-b']);
  });

  it('validates the whole file first: one bad row deep inside means nothing is written', async () => {
    const bad = {
      ...backup,
      interactions: [...backup.interactions, { ...backup.interactions[0], id: 'i2', kind: 'telepathy' }],
    };
    const reply = await route({ type: 'data/restore', payload: { backup: bad } });
    expect(reply).toMatchObject({ ok: false, error: { message: /invalid at interactions\.1\.kind/ } });
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual(['bo-b']);
    expect(await route({ type: 'data/restore', payload: { backup: { hello: 1 } } })).toMatchObject({
      ok: false,
      error: { message: 'This file is not a Rapport backup.' },
    });
  });
});
