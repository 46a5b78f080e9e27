import { describe, expect, it } from 'vitest';
import { queueLayout, withNamed } from '../../../lib/engine/queue-layout';
import { FIRST_PAGE, shownPeople } from '../../../lib/engine/shown-people';
import type { FollowUpItem } from '../../../lib/engine/types';
import { commitment, contact, DAY, interaction, queueOf } from './factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const TIME_ZONE = 'Europe/Stockholm';

/**
 * A queue with every part the side panel lays out, named: an event's batch of two people, Overdue longer than its
 * first page, someone with two reasons whose overdue promise leads their row, and a later group.
 */
function namedQueue(): FollowUpItem[] {
  const late = Array.from({ length: FIRST_PAGE + 3 }, (_, n) => `late-${n}`);
  const items = queueOf({
    contacts: [...late, 'bo'].map((id) =>
      contact({ id, name: `Person ${id}`, profileUrl: `https://x/${id}` }),
    ),
    interactions: [
      ...late.map((contactId) => interaction({ contactId, kind: 'met', at: NOW - 4 * DAY, context: 'Expo' })),
      interaction({ contactId: 'bo', kind: 'met', at: NOW - 5 * DAY }),
    ],
    commitments: [
      commitment({ contactId: 'bo', by: 'me', dueAt: NOW - 2 * DAY, text: 'Send the deck' }),
      commitment({ contactId: 'late-3', by: 'me', dueAt: NOW + 20 * DAY, text: 'Intro to Ana' }),
    ],
    now: NOW,
  });
  const bo = items.find((item) => item.contactId === 'bo')!;
  const batch = (contactId: string, order: number): FollowUpItem => ({
    ...bo,
    key: `event:${contactId}`,
    contactId,
    contactName: `Person ${contactId}`,
    batch: { id: 'e1', name: 'Harbour Summit', order },
  });
  return [...items, batch('ines', 0), batch('gone-met', 1)];
}

/** The queue as finishQueue leaves it: nobody named (the cards' and pointed-at people's items). */
const unnamed = (items: readonly FollowUpItem[]) =>
  items.map((item) => ({ ...item, contactName: '', profileUrl: '', reason: '' }));

describe('withNamed', () => {
  it('is the layout of the named queue: rows named, the deleted shown people gone, the rest as laid out', () => {
    const named = namedQueue();
    const found = unnamed(named);
    const layout = queueLayout(found, NOW, TIME_ZONE);
    const shown = new Set(shownPeople(layout, new Set()));
    // Two shown people deleted meanwhile (one in the batch, one in Overdue) have no items once named.
    const gone = new Set(['gone-met', 'late-10']);
    expect([...gone].filter((id) => !shown.has(id))).toEqual([]);
    const worded = found.flatMap((item, i) => {
      if (!shown.has(item.contactId)) return [item];
      return gone.has(item.contactId) ? [] : [named[i]!];
    });

    const laidOut = withNamed(layout, worded, shown);
    expect(laidOut).toEqual(queueLayout(worded, NOW, TIME_ZONE));
    // What the test relies on: the shown rows are named, the rows beyond the first page are not.
    const overdue = laidOut.groups.find((group) => group.id === 'overdue')!;
    expect(overdue.rows.length).toBeGreaterThan(FIRST_PAGE);
    for (const row of overdue.rows) expect(row.contactName !== '').toBe(shown.has(row.contactId));
    expect(overdue.rows.at(-1)!.contactName).toBe('');
    expect(laidOut.batches.map((batch) => batch.rows.map((row) => row.contactId))).toEqual([['ines']]);
  });

  it('drops a section whose every shown person is gone', () => {
    const named = namedQueue().filter((item) => !item.batch || item.contactId === 'gone-met');
    const found = unnamed(named);
    const layout = queueLayout(found, NOW, TIME_ZONE);
    expect(layout.batches).toHaveLength(1);
    const shown = new Set(shownPeople(layout, new Set()));
    const worded = found.filter((item) => item.contactId !== 'gone-met');
    expect(withNamed(layout, worded, shown)).toEqual(queueLayout(worded, NOW, TIME_ZONE));
    expect(withNamed(layout, worded, shown).batches).toEqual([]);
  });
});
