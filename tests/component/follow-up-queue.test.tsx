// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { type ComponentProps, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpQueue } from '../../components/follow-up/FollowUpQueue';
import { database } from '../../lib/db/page-database';
import { groupRows, type QueueGroupId } from '../../lib/engine/grouping';
import type { FollowUpItem } from '../../lib/engine/types';
import { commitment, contact, DAY, HOUR, interaction, queueOf } from '../unit/engine/factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');

afterEach(cleanup);

/** The queue's items in their groups, with the groups shown in full kept as the side panel keeps them. */
function Queue({
  items,
  ...props
}: Omit<ComponentProps<typeof FollowUpQueue>, 'expanded' | 'onShowAll' | 'groups'> & {
  items: readonly FollowUpItem[];
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<QueueGroupId>>(new Set());
  return (
    <FollowUpQueue
      {...props}
      groups={groupRows(items, props.now, props.timeZone)}
      expanded={expanded}
      onShowAll={(group) => setExpanded((groups) => new Set([...groups, group]))}
    />
  );
}

describe('FollowUpQueue', () => {
  it('shows one row per person in the group of their most pressing item, reasons on demand', async () => {
    const items = queueOf({
      contacts: [contact({ id: 'ada', name: 'Ada Lindqvist' }), contact({ id: 'bo', name: 'Bo Berg' })],
      interactions: [
        interaction({ contactId: 'ada', kind: 'met', at: NOW - 3 * DAY, context: 'Web Summit' }),
        interaction({ contactId: 'bo', kind: 'met', at: NOW - HOUR }),
      ],
      commitments: [commitment({ contactId: 'bo', by: 'me', dueAt: NOW + 20 * DAY, text: 'Send the deck' })],
      now: NOW,
    });
    render(<Queue items={items} now={NOW} timeZone="UTC" onOpenContact={() => {}} />);
    // Bo's meeting and promise are one row, under This week (the meeting is the more pressing).
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Overdue (1)',
      'This week (1)',
    ]);
    const overdue = within(screen.getByRole('list', { name: 'Overdue' }));
    expect(overdue.getByRole('button', { name: 'Ada Lindqvist' })).toBeTruthy();
    expect(overdue.getByText('1 day late')).toBeTruthy();
    // The reason is on demand: not shown until Details.
    expect(overdue.queryByRole('list', { name: 'To mention' })).toBeNull();
    const week = within(screen.getByRole('list', { name: 'This week' }));
    expect(week.getByText(/and 1 more/)).toBeTruthy();
    fireEvent.click(week.getByRole('button', { name: 'Details' }));
    expect(await week.findByText('You promised Bo Berg: “Send the deck”')).toBeTruthy();
    expect(week.getAllByRole('button', { name: 'Draft a follow-up' })).toHaveLength(2);
  });

  it('says what to mention once a row is opened, read then from the person’s stored history', async () => {
    const db = database();
    const ada = contact({ id: 'ada', name: 'Ada Lindqvist', title: 'CTO', company: 'Nordlys' });
    const history = [
      interaction({ contactId: 'ada', kind: 'met', at: NOW - 3 * DAY, context: 'Web Summit' }),
      interaction({ contactId: 'ada', kind: 'note', at: NOW - 2 * DAY, context: 'Sails on weekends' }),
    ];
    await db.contacts.put(ada);
    // Through the page's database, so her summary is folded as the background's writes fold it.
    await db.interactions.bulkPut(history);
    const items = queueOf({ contacts: [ada], interactions: history, now: NOW });
    // As the queue gives them: nothing to mention yet (lib/db/queries/load-queue.ts reads no history for it).
    render(
      <Queue
        items={items.map((item) => ({ ...item, specifics: [] }))}
        now={NOW}
        timeZone="UTC"
        onOpenContact={() => {}}
      />,
    );
    const overdue = within(screen.getByRole('list', { name: 'Overdue' }));
    fireEvent.click(overdue.getByRole('button', { name: 'Details' }));
    const mention = within(await overdue.findByRole('list', { name: 'To mention' }));
    expect(mention.getAllByRole('listitem').map((entry) => entry.textContent)).toEqual([
      'Your last note: Sails on weekends',
      'Their role: CTO at Nordlys',
    ]);
    await db.contacts.clear();
    await db.interactions.clear();
  });

  it('renders the first page of a long group and the rest on request', async () => {
    const people = Array.from({ length: 25 }, (_, n) =>
      contact({ id: `p${n}`, name: `Person ${n}`, cadenceDays: 30, lastInteractionAt: NOW - 40 * DAY }),
    );
    const items = queueOf({ contacts: people, now: NOW });
    render(<Queue items={items} now={NOW} timeZone="UTC" onOpenContact={() => {}} />);
    const overdue = screen.getByRole('list', { name: 'Overdue' });
    expect(within(overdue).getAllByRole('button', { name: /^Person / })).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 25' }));
    expect(within(overdue).getAllByRole('button', { name: /^Person / })).toHaveLength(25);
  });

  it('says so when there is nothing to follow up', () => {
    render(<Queue items={[]} now={NOW} timeZone="UTC" onOpenContact={() => {}} />);
    expect(screen.getByText(/Nothing to follow up/)).toBeTruthy();
  });
});
