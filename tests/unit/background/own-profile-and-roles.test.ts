import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeImported } from '../../../lib/contacts/merge-import';
import type { RapportDatabase } from '../../../lib/db/database';
import { importedContact } from '../../../lib/import/imported-contact';
import type { ProfileSnapshotInput } from '../../../lib/schema/profile-snapshot';
import { deleteDatabase, freshHandlers } from '../../support/background';
import type { routeAsAllowedSender } from '../../support/senders';

const DAY = 86_400_000;
let db: RapportDatabase;
let clock: number;
let route: ReturnType<typeof routeAsAllowedSender>;

const dara: ProfileSnapshotInput = {
  publicId: 'dara-n',
  profileUrl: 'https://www.linkedin.com/in/dara-n/',
  name: 'Dara Nwosu',
  headline: 'Reefer operations',
  title: 'Lead',
  company: 'Baltic Reefer',
  experience: [{ title: 'Lead', company: 'Baltic Reefer', dates: '2018 - Present' }],
  education: [{ school: 'AGH University of Kraków', degree: '', dates: '2011 - 2016' }],
  followers: '1,204',
};

const mine: ProfileSnapshotInput = {
  publicId: 'kim-self',
  profileUrl: 'https://www.linkedin.com/in/kim-self/',
  name: 'Kim Self',
  title: 'Engineer',
  company: 'Harbour Labs',
  education: [{ school: 'AGH University of Kraków', degree: 'MSc', dates: '2012 - 2017' }],
  isOwnProfile: true,
};

beforeEach(() => {
  ({ db, route } = freshHandlers({ now: () => clock }));
  clock = Date.UTC(2026, 2, 10, 9);
});

afterEach(() => deleteDatabase(db));

describe('the own profile', () => {
  it('is kept apart from contacts when the user visits their own page, and refreshed by later visits', async () => {
    await route({ type: 'profile/captured', payload: mine });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
    expect(await db.ownProfile.get('me')).toMatchObject({
      publicId: 'kim-self',
      company: 'Harbour Labs',
      education: [{ school: 'AGH University of Kraków', degree: 'MSc', dates: '2012 - 2017' }],
      source: 'capture',
    });
    // A later visit before the sections loaded does not forget the schools.
    clock += DAY;
    await route({ type: 'profile/captured', payload: { ...mine, education: [], title: 'Staff engineer' } });
    expect(await db.ownProfile.get('me')).toMatchObject({
      title: 'Staff engineer',
      education: [{ dates: '2012 - 2017' }],
    });
  });

  it('can be picked among contacts and cleared; a visit to the picked page refreshes it, not a contact', async () => {
    await route({ type: 'profile/captured', payload: { ...dara } });
    expect(await route({ type: 'own-profile/pick', payload: { contactId: 'dara-n' } })).toEqual({
      ok: true,
      value: { publicId: 'dara-n' },
    });
    expect(await db.ownProfile.get('me')).toMatchObject({ name: 'Dara Nwosu', source: 'picked' });
    await route({ type: 'profile/captured', payload: { ...dara, headline: 'Changed' } });
    expect(await db.ownProfile.get('me')).toMatchObject({ headline: 'Changed', source: 'capture' });
    expect((await db.contacts.get('dara-n'))?.headline).toBe('Reefer operations');
    expect(await route({ type: 'own-profile/pick', payload: { contactId: 'nobody' } })).toMatchObject({
      ok: false,
    });
    expect(await route({ type: 'own-profile/clear', payload: {} })).toEqual({
      ok: true,
      value: { cleared: true },
    });
    expect(await db.ownProfile.count()).toBe(0);
  });
});

describe('role changes', () => {
  it('a capture that sees a new title or company keeps the old role in history and marks when it changed', async () => {
    await route({ type: 'profile/captured', payload: dara });
    expect((await db.contacts.get('dara-n'))?.roleChangedAt).toBe(0);
    clock += 3 * DAY;
    await route({
      type: 'profile/captured',
      payload: {
        ...dara,
        title: 'Head of Ops',
        company: 'Tidewater',
        experience: [
          { title: 'Head of Ops', company: 'Tidewater', dates: 'Feb 2026 - Present' },
          { title: 'Lead', company: 'Baltic Reefer', dates: '2018 - 2026' },
        ],
      },
    });
    const stored = await db.contacts.get('dara-n');
    expect(stored).toMatchObject({ roleChangedAt: clock, roleSource: 'capture', followers: '1,204' });
    expect(stored?.experience.map((e) => e.company)).toEqual(['Tidewater', 'Baltic Reefer']);
    expect(stored?.education).toEqual(dara.education);
    expect(stored?.history.map((h) => [h.field, h.value])).toEqual([
      ['title', 'Lead'],
      ['company', 'Baltic Reefer'],
    ]);
  });

  it('a first value is no change, and a corrected title is never replaced', async () => {
    await route({ type: 'profile/captured', payload: { ...dara, title: null, company: null } });
    await route({ type: 'profile/captured', payload: dara });
    expect((await db.contacts.get('dara-n'))?.roleChangedAt).toBe(0);
    await route({ type: 'contact/edit', payload: { contactId: 'dara-n', changes: { title: 'Boss' } } });
    await route({ type: 'profile/captured', payload: { ...dara, title: 'Other' } });
    expect(await db.contacts.get('dara-n')).toMatchObject({ title: 'Boss', roleChangedAt: 0 });
  });

  it('a newer export replaces a role an export set, but never a captured one', () => {
    const first = mergeImported(
      undefined,
      { ...importedContact('ana', 'Ana', 0), title: 'Analyst', company: 'Eastwind' },
      0,
    );
    expect(first.roleSource).toBe('import');
    const newer = { ...importedContact('ana', 'Ana', 0), title: 'Manager', company: 'Eastwind' };
    expect(mergeImported(first, newer, 5_000)).toMatchObject({ title: 'Manager', roleChangedAt: 5_000 });
    const captured = { ...first, roleSource: 'capture' as const };
    expect(mergeImported(captured, newer, 5_000)).toMatchObject({ title: 'Analyst', roleChangedAt: 0 });
  });
});
