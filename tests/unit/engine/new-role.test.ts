import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { backendOf, openDatabase } from '../../../lib/db/database';
import { loadQueue } from '../../../lib/db/queries/load-queue';
import { followUpDraft } from '../../../lib/engine/draft';
import type { QueueInputs } from '../../../lib/engine/types';
import { contact, DAY, interaction, queueOf, settings } from './factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const ZONE = 'Europe/Stockholm';
const changedAt = NOW - 2 * DAY;
const dara = contact({
  id: 'dara',
  name: 'Dara Nwosu',
  title: 'Head of Ops',
  company: 'Tidewater',
  roleChangedAt: changedAt,
  history: [
    { field: 'title', value: 'Lead', changedAt },
    { field: 'company', value: 'Baltic Reefer', changedAt },
  ],
});

function queue(overrides: Partial<QueueInputs>) {
  return queueOf({ contacts: [dara], now: NOW, timeZone: ZONE, ...overrides }).filter(
    (item) => item.ruleId === 'new-role',
  );
}

describe('new role (Follow Up Thoughtfully, Career Growth)', () => {
  it('offers a congratulation that names the new role, with a draft that names it too', () => {
    const [item] = queue({});
    expect(item).toMatchObject({
      key: `new-role:dara:${changedAt}`,
      reason: expect.stringContaining('Head of Ops at Tidewater (was Lead at Baltic Reefer)'),
      action: 'Congratulate them on the new role',
      hard: false,
    });
    expect(followUpDraft(item!)).toMatch(
      /^Hi Dara,\n\nCongratulations on the new role as Head of Ops at Tidewater!/,
    );
  });

  it.each([
    {
      name: 'no change',
      contacts: [{ ...dara, roleChangedAt: 0 }],
      interactions: [],
      followUps: [],
      count: 0,
    },
    {
      name: 'a change older than a month',
      contacts: [{ ...dara, roleChangedAt: NOW - 40 * DAY }],
      interactions: [],
      followUps: [],
      count: 0,
    },
    {
      name: 'a message written after the change',
      contacts: [dara],
      interactions: [interaction({ contactId: 'dara', kind: 'message-sent', at: NOW - DAY })],
      followUps: [],
      count: 0,
    },
    {
      name: 'a message written before the change',
      contacts: [dara],
      interactions: [interaction({ contactId: 'dara', kind: 'message-sent', at: changedAt - DAY })],
      followUps: [],
      count: 1,
    },
    {
      name: 'done once for this change',
      contacts: [dara],
      interactions: [],
      followUps: [
        { key: `new-role:dara:${changedAt}`, contactId: 'dara', doneAt: NOW - DAY, snoozedUntil: null },
      ],
      count: 0,
    },
    {
      name: 'done for an earlier change, then a new one',
      contacts: [dara],
      interactions: [],
      followUps: [
        {
          key: `new-role:dara:${changedAt - 20 * DAY}`,
          contactId: 'dara',
          doneAt: NOW - DAY,
          snoozedUntil: null,
        },
      ],
      count: 1,
    },
  ])('$name → $count', ({ contacts, interactions, followUps, count }) => {
    expect(queue({ contacts, interactions, followUps })).toHaveLength(count);
  });
});

describe('new-role candidates', () => {
  const name = `new-role-${Math.random()}`;
  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('the loader reads changed people through the roleChangedAt index and queues them', async () => {
    const db = openDatabase(name);
    await db.contacts.bulkPut([dara, contact({ id: 'quiet', name: 'Quiet One' })]);
    const items = await loadQueue(await backendOf(db), { settings: settings(), now: NOW, timeZone: ZONE });
    expect(items.filter((i) => i.ruleId === 'new-role').map((i) => i.contactId)).toEqual(['dara']);
    db.close();
  });
});
