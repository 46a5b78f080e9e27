import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { sendRestore } from '../../../lib/backup/send-restore';
import { backupParts } from '../../../lib/backup/write-backup';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { queueRowsPart } from '../../support/queue-rows';
import { routeAsAllowedSender } from '../../support/senders';
import { commitment, contact, DAY, interaction } from '../engine/factories';

const NOW = Date.UTC(2026, 5, 10, 10);
let source: RapportDatabase;
let target: RapportDatabase;

beforeEach(() => {
  source = openDatabase(`backup-source-${Math.random()}`);
  target = openDatabase(`backup-target-${Math.random()}`);
});

afterEach(async () => {
  for (const db of [source, target]) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** More rows than a page of the writer (5,000) and a chunk of the restore (5,000), so both cross boundaries. */
async function fill(db: RapportDatabase, people: number, rows: number) {
  await db.contacts.bulkAdd(
    Array.from({ length: people }, (_, n) =>
      contact({ id: `p${n}`, name: `Person ${n}`, tags: n % 3 ? [] : ['mentor'] }),
    ),
  );
  await db.interactions.bulkAdd(
    Array.from({ length: rows }, (_, n) =>
      interaction({
        id: `r${n}`,
        contactId: `p${n % people}`,
        kind: n % 5 ? 'message-sent' : 'met',
        at: NOW - (n % 400) * DAY,
      }),
    ),
  );
  await db.commitments.bulkAdd([commitment({ contactId: 'p1', by: 'me', dueAt: NOW + DAY })]);
  await db.followUps.bulkAdd([
    { key: 'cadence:p2:0', contactId: 'p2', snoozedUntil: NOW + DAY, doneAt: null },
  ]);
  await db.ownProfile.put({
    key: 'me',
    publicId: 'me-myself',
    name: 'Me Myself',
    headline: '',
    title: 'Engineer',
    company: 'Harbour Labs',
    location: '',
    experience: [{ title: 'Engineer', company: 'Harbour Labs', dates: '2020 - Present' }],
    education: [{ school: 'Riverside College', degree: '', dates: '2012 - 2016' }],
    source: 'capture',
    updatedAt: NOW,
  });
}

async function tables(db: RapportDatabase) {
  return {
    contacts: await db.contacts.toArray(),
    searchWordRows: await db.searchWordRows.toArray(),
    interactions: await db.interactions.toArray(),
    commitments: await db.commitments.toArray(),
    followUps: await db.followUps.toArray(),
    summaries: await db.summaryBuckets.toArray(),
    openFollowUps: await queueRowsPart(db, 'openWeeks').toArray(),
    queueCards: (await queueRowsPart(db, 'queueCards').toArray()).filter((row) => row.ids.length > 0),
    ownProfile: await db.ownProfile.toArray(),
  };
}

describe('backups written in parts and restored in chunks', () => {
  it('round-trips every table through the file, whatever was in the database before', async () => {
    await fill(source, 600, 6_100);
    await target.contacts.add(contact({ id: 'someone-else' }));
    const { parts, counts } = await backupParts(source, NOW);
    expect(counts).toEqual({
      contacts: 600,
      interactions: 6_100,
      commitments: 1,
      followUps: 1,
      ownProfile: 1,
      heard: 0,
      events: 0,
      intros: 0,
      mutualChoices: 0,
    });
    expect(parts.length).toBeGreaterThan(5);
    const file = parseBackup(JSON.parse(parts.join('')));
    const route = routeAsAllowedSender(createHandlers({ db: target, now: () => NOW }));
    const outcome = await sendRestore(route, file, 'restore-test');
    expect(outcome).toEqual({
      status: 'done',
      result: { contacts: 600, interactions: 6_100, commitments: 1, followUps: 1 },
    });
    expect(await tables(target)).toEqual(await tables(source));
    // Search words and summaries are made again on the way in, not carried by the file.
    expect(parts.join('')).not.toContain('searchWord');
    expect(await target.searchWordRows.count()).toBeGreaterThan(0);
    expect(await target.importChunks.count()).toBe(0);
  });

  it('is all or nothing: a backup that fails half way (two rows, one id) changes nothing', async () => {
    await fill(target, 20, 50);
    const before = await tables(target);
    const { parts } = await backupParts(target, NOW);
    const file = parseBackup(JSON.parse(parts.join('')));
    file.interactions.push({ ...file.interactions[0]!, at: NOW });
    const route = routeAsAllowedSender(createHandlers({ db: target, now: () => NOW }));
    const outcome = await sendRestore(route, file, 'restore-broken');
    expect(outcome.status).toBe('failed');
    expect(await tables(target)).toEqual(before);
    expect(await target.importChunks.count()).toBe(0);
  });
});
