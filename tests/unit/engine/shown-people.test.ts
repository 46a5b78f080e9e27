import { describe, expect, it } from 'vitest';
import { queueLayout } from '../../../lib/engine/queue-layout';
import { FIRST_PAGE, shownPeople } from '../../../lib/engine/shown-people';
import { contact, DAY, queueOf } from './factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');

/** 25 people overdue on their cadence and 3 due later this week: two groups, the first longer than a page. */
function queue() {
  const people = [
    ...Array.from({ length: 25 }, (_, n) =>
      contact({ id: `late-${n}`, cadenceDays: 30, lastInteractionAt: NOW - (40 + n) * DAY }),
    ),
    ...Array.from({ length: 3 }, (_, n) =>
      contact({ id: `soon-${n}`, cadenceDays: 30, lastInteractionAt: NOW - (27 - n) * DAY }),
    ),
  ];
  return queueOf({ contacts: people, now: NOW });
}

describe('shownPeople', () => {
  it('names the first page of each group, most pressing first, and a whole group once opened in full', () => {
    const items = queue();
    const shown = shownPeople(queueLayout(items, NOW, 'UTC'), new Set());
    expect(shown).toHaveLength(FIRST_PAGE + 3);
    // Overdue, most overdue first: late-24 … late-5; late-4 … late-0 wait behind "Show all".
    expect(shown.slice(0, FIRST_PAGE)).toEqual(
      Array.from({ length: FIRST_PAGE }, (_, n) => `late-${24 - n}`),
    );
    expect(shown).not.toContain('late-0');
    expect(shown.slice(FIRST_PAGE).sort()).toEqual(['soon-0', 'soon-1', 'soon-2']);
    const all = shownPeople(queueLayout(items, NOW, 'UTC'), new Set(['overdue']));
    expect(new Set(all)).toEqual(new Set(items.map((item) => item.contactId)));
  });
});
