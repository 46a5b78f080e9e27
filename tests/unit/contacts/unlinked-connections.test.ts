import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { followUpKeyFor } from '../../../lib/background/join-unlinked';
import { parseBackup } from '../../../lib/backup/parse-backup';
import { agreesWith, matchUnlinked, unlinkedId } from '../../../lib/contacts/unlinked';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { historyOf } from '../../../lib/db/queries/history-of';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { buildImport } from '../../../lib/import/build-import';
import type { ImportPlan } from '../../../lib/import/import-plan';
import { chunkCount, chunkOf } from '../../../lib/import/plan-chunks';
import { readExport } from '../../../lib/import/read-export';
import { sendImport } from '../../../lib/import/send-import';
import { createRouter } from '../../../lib/protocol/router';
import type { SenderFacts } from '../../../lib/protocol/sender';
import { type ProfileSnapshotInput, ProfileSnapshotSchema } from '../../../lib/schema/profile-snapshot';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { SENDERS, TEST_EXTENSION } from '../../support/senders';
import { storedSummary } from '../../support/stored-summaries';
import { contact } from '../engine/factories';
import { fixtureFiles } from '../import/fixture-export';

const NOW = Date.UTC(2026, 2, 1, 9);
const DAY = 86_400_000;
const MARGUERITE = unlinkedId('Marguerite Osei', Date.UTC(2019, 1, 14, 10, 2));
let db: RapportDatabase;
let route: ReturnType<typeof createRouter>;

const fromTab = (publicId: string): SenderFacts => ({
  ...SENDERS.content,
  url: `https://www.linkedin.com/in/${publicId}/`,
  tab: { url: `https://www.linkedin.com/in/${publicId}/` },
});

function page(publicId: string, overrides: Partial<ProfileSnapshotInput> = {}): ProfileSnapshotInput {
  return {
    publicId,
    profileUrl: `https://www.linkedin.com/in/${publicId}/`,
    name: 'Marguerite Osei',
    headline: 'Controls lead at Tidewater Robotics',
    company: 'Tidewater Robotics',
    degree: 1,
    ...overrides,
  };
}

const capture = (snapshot: ProfileSnapshotInput, sender = fromTab(snapshot.publicId)) =>
  route({ type: 'profile/captured', payload: snapshot }, sender);
const answer = (
  contactId: string,
  unlinked: string,
  same: boolean,
  sender: SenderFacts = SENDERS.extension,
) => route({ type: 'contact/same-person', payload: { contactId, unlinkedId: unlinked, same } }, sender);

function planOf(variant: string): ImportPlan {
  const { parsed, owners } = readExport(fixtureFiles(variant));
  return buildImport(parsed, owners[0] ?? null, { now: NOW, storeExcerpts: false, known: [] });
}

async function importVariant(variant: string) {
  const plan = planOf(variant);
  const source = { chunks: chunkCount(plan, 3), chunk: async (seq: number) => chunkOf(plan, seq, 3) };
  return sendImport((message) => route(message, SENDERS.extension), source, {
    importId: `i-${Math.random()}`,
  });
}

beforeEach(() => {
  db = openDatabase(`unlinked-${Math.random()}`);
  route = createRouter(createHandlers({ db, now: () => NOW }), TEST_EXTENSION);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('an export without profile addresses (before 2024)', () => {
  it('makes a contact of every named connection, keyed by name and day, and matches messages by name', () => {
    const plan = planOf('2019-names');
    expect(plan.contacts.map((c) => [c.id, c.profileUrl, c.company])).toEqual([
      [MARGUERITE, '', 'Tidewater Robotics'],
      ['unlinked/sam lee/2019-03-03', '', 'Brightfold'],
      ['unlinked/sam lee/2019-07-19', '', 'Larchwood Clinic'],
      ['unlinked/bartholomew quist/2018-11-30', '', 'Quist & Daughters'],
      ['unlinked/yusra haddad/2019-05-05', '', ''],
    ]);
    expect(plan.reports.connections).toMatchObject({ rows: 7, imported: 5 });
    expect(plan.reports.connections?.skipped.map((s) => s.reason)).toEqual([
      'no name or profile URL (a deactivated or hidden member)',
      'same person as line 2',
    ]);
    const kinds = (id: string) => plan.interactions.filter((i) => i.contactId === id).map((i) => i.kind);
    expect(kinds(MARGUERITE)).toEqual(['connected', 'message-received', 'message-sent']);
    expect(kinds('unlinked/yusra haddad/2019-05-05')).toEqual(['connected', 'invitation-sent']);
    // Two connections are named Sam Lee: their message is not guessed onto either.
    expect(plan.reports.messages?.skipped.map((s) => s.reason)).toEqual([
      'no profile URL for "Sam Lee", and several connections have that name',
      'no profile URL for "Recruiter Person", and no connection or contact of that name',
    ]);
  });

  it('two rows of one name and day that differ are two people', () => {
    expect(unlinkedId('Sam Lee', Date.UTC(2019, 2, 3), 2)).toBe('unlinked/sam lee/2019-03-03/2');
  });
});

describe('agreement between an export record and a page', () => {
  const record = contact({ id: 'unlinked/a/2019-01-01', name: 'Ana Lima', company: 'Meta', profileUrl: '' });
  const snapshot = (overrides: Partial<ProfileSnapshotInput>) =>
    ProfileSnapshotSchema.parse({ publicId: 'ana', profileUrl: '', name: 'Ana Lima', ...overrides });
  it('finds the company as whole words in the company, headline or positions, any case or accents', () => {
    expect(agreesWith(record, snapshot({ headline: 'Engineer at META' }))).toBe(true);
    expect(agreesWith(record, snapshot({ headline: 'Engineer at Metaview' }))).toBe(false);
    expect(
      agreesWith(record, snapshot({ experience: [{ title: 'PM', company: 'Meta', dates: '2019 - 2021' }] })),
    ).toBe(true);
    expect(agreesWith(record, snapshot({ name: 'Ana Lima Souza', headline: 'at Meta' }))).toBe(false);
  });
  it('joins without asking only one agreeing record, on a 1st-degree page that is the tab itself', () => {
    const strong = snapshot({ headline: 'at Meta', degree: 1 });
    expect(matchUnlinked(strong, [record], true).kind).toBe('merge');
    expect(matchUnlinked(strong, [record], false).kind).toBe('ask');
    expect(matchUnlinked({ ...strong, degree: 2 }, [record], true).kind).toBe('ask');
    expect(matchUnlinked(snapshot({ headline: 'at Google', degree: 1 }), [record], true).kind).toBe('ask');
    expect(matchUnlinked(strong, [record], true, [record.id]).kind).toBe('none');
  });
});

describe('followUpKeyFor', () => {
  it("renames the person in person-keyed follow-ups only, never inside a record's id", () => {
    const to = 'marguerite-osei-42';
    expect(followUpKeyFor(`cadence:${MARGUERITE}:1550662800000`, MARGUERITE, to)).toBe(
      `cadence:${to}:1550662800000`,
    );
    expect(followUpKeyFor(`weak-tie:${MARGUERITE}:5`, MARGUERITE, to)).toBe(`weak-tie:${to}:5`);
    expect(followUpKeyFor(`event-follow-up:ev1:${MARGUERITE}`, MARGUERITE, to)).toBe(
      `event-follow-up:ev1:${to}`,
    );
    const byRecord = `meeting-follow-up:import:connected:${MARGUERITE}`;
    expect(followUpKeyFor(byRecord, MARGUERITE, to)).toBe(byRecord);
    expect(followUpKeyFor(`cadence:${MARGUERITE}x:5`, MARGUERITE, to)).toBe(`cadence:${MARGUERITE}x:5`);
  });
});

describe('visiting the page of a connection without an address', () => {
  beforeEach(async () => {
    expect(await importVariant('2019-names')).toMatchObject({ status: 'done' });
  });

  it('joins the records: history, notes and the connection date kept, the old key remembered', async () => {
    await route(
      { type: 'contact/edit', payload: { contactId: MARGUERITE, changes: { notes: 'Met at ICRA' } } },
      SENDERS.extension,
    );
    const reply = await capture(page('marguerite-osei-42'));
    expect(reply).toMatchObject({ ok: true, value: { contactId: 'marguerite-osei-42', joined: MARGUERITE } });
    expect(await db.contacts.get(MARGUERITE)).toBeUndefined();
    const joined = (await db.contacts.get('marguerite-osei-42'))!;
    expect(joined).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/marguerite-osei-42/',
      notes: 'Met at ICRA',
      email: 'marguerite.osei@example.org',
      connectedAt: Date.UTC(2019, 1, 14, 10, 2),
      aliases: [MARGUERITE],
    });
    expect(joined.history.at(-1)).toMatchObject({ field: 'joined' });
    expect((await historyOf(db, 'marguerite-osei-42')).map((i) => i.kind)).toEqual([
      'connected',
      'message-received',
      'message-sent',
      'visit',
    ]);
    expect(await storedSummary(db, MARGUERITE)).toBeUndefined();
    expect(await storedSummary(db, 'marguerite-osei-42')).toBeDefined();

    // The same old export again: nothing comes back under the old key, nothing is added twice.
    expect(await importVariant('2019-names')).toMatchObject({
      status: 'done',
      result: { contactsAdded: 0, interactionsAdded: 0 },
    });
    expect(await db.contacts.get(MARGUERITE)).toBeUndefined();
  });

  it('a follow-up snoozed or done on the record without an address stays so on the joined record', async () => {
    await route(
      { type: 'contact/edit', payload: { contactId: MARGUERITE, changes: { cadenceDays: 30 } } },
      SENDERS.extension,
    );
    const cadenceItem = async (contactId: string) =>
      (await loadQueue(await backendOf(db), { settings: DEFAULT_SETTINGS, now: NOW, timeZone: 'UTC' })).find(
        (item) => item.ruleId === 'cadence' && item.contactId === contactId,
      );
    const before = (await cadenceItem(MARGUERITE))!;
    expect(before.key).toContain(MARGUERITE);
    await route(
      { type: 'followup/snooze', payload: { key: before.key, contactId: MARGUERITE, until: NOW + 5 * DAY } },
      SENDERS.extension,
    );
    expect(await cadenceItem(MARGUERITE)).toBeUndefined();
    expect(await capture(page('marguerite-osei-42'))).toMatchObject({ value: { joined: MARGUERITE } });
    expect(await cadenceItem('marguerite-osei-42')).toBeUndefined();
    expect(await db.followUps.toArray()).toEqual([
      {
        key: before.key.replace(MARGUERITE, 'marguerite-osei-42'),
        contactId: 'marguerite-osei-42',
        snoozedUntil: NOW + 5 * DAY,
        doneAt: null,
      },
    ]);
  });

  it('asks when two records have the name, and joins the one the user picks', async () => {
    const sam = page('sam-lee-7', { name: 'Sam Lee', headline: 'Sales', company: 'Brightfold' });
    expect(await capture({ ...sam, company: null, headline: 'Account Executive' })).toMatchObject({
      value: { joined: null },
    });
    expect(await db.contacts.count()).toBe(6);
    const picked = await answer('sam-lee-7', 'unlinked/sam lee/2019-07-19', true);
    expect(picked).toMatchObject({ ok: true, value: { interactionsMoved: 1 } });
    expect((await db.contacts.get('sam-lee-7'))?.aliases).toEqual(['unlinked/sam lee/2019-07-19']);
    expect(await db.contacts.get('unlinked/sam lee/2019-03-03')).toBeDefined();
    // The one picked, so the other Sam Lee is someone else: not asked again on this page.
    expect((await db.contacts.get('sam-lee-7'))?.notSameAs).toEqual(['unlinked/sam lee/2019-03-03']);
  });

  it('"someone else" is remembered: never asked or joined for that page again', async () => {
    await capture(page('m-osei', { company: 'Elsewhere', headline: 'Baker' }));
    expect(await answer('m-osei', MARGUERITE, false)).toMatchObject({ ok: true });
    expect(await capture(page('m-osei'))).toMatchObject({ value: { joined: null } });
    expect(await db.contacts.get(MARGUERITE)).toBeDefined();
  });

  it('a page whose script claims another address, or that is not a connection, joins nothing', async () => {
    expect(await capture(page('marguerite-osei-42'), fromTab('attacker'))).toMatchObject({
      value: { joined: null },
    });
    expect(await capture(page('other-marguerite', { degree: 2 }))).toMatchObject({ value: { joined: null } });
    expect(await db.contacts.get(MARGUERITE)).toBeDefined();
  });

  it("only Rapport's pages may answer, and only a record without an address of the same name can join", async () => {
    await capture(page('m-osei', { company: 'Elsewhere', headline: 'Baker' }));
    expect(await answer('m-osei', MARGUERITE, true, fromTab('m-osei'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await capture(page('someone-else', { name: 'Someone Else', degree: 3 }));
    expect(await answer('m-osei', 'someone-else', true)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await answer('m-osei', 'unlinked/sam lee/2019-03-03', true)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await db.contacts.count()).toBe(7);
  });

  it("a record without an address cannot be picked as the user's own profile", async () => {
    expect(
      await route({ type: 'own-profile/pick', payload: { contactId: MARGUERITE } }, SENDERS.extension),
    ).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('a backup holding records without an address restores them', async () => {
    const contacts = await db.contacts.toArray();
    const interactions = await db.interactions.toArray();
    const backup = parseBackup({
      format: 'rapport-backup',
      version: 1,
      exportedAt: NOW,
      contacts,
      interactions,
      commitments: [],
      followUps: [],
    });
    expect(backup.contacts.find((c) => c.id === MARGUERITE)?.profileUrl).toBe('');
  });
});
