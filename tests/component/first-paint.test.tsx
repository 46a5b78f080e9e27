// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpQueue } from '../../components/follow-up/FollowUpQueue';
import { firstViewOfQueue, paintFirstView, paintLoading } from '../../components/follow-up/first-paint';
import { PanelHeader } from '../../components/follow-up/PanelHeader';
import { EventBatches } from '../../components/social/EventBatches';
import { splitEventBatches } from '../../lib/engine/event-batches';
import { groupRows } from '../../lib/engine/grouping';
import { FIRST_PAGE } from '../../lib/engine/shown-people';
import type { FollowUpItem } from '../../lib/engine/types';
import { commitment, contact, DAY, HOUR, interaction, queueOf } from '../unit/engine/factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const TIME_ZONE = 'Europe/Stockholm';
const noop = () => undefined;

afterEach(cleanup);

/** An element's markup with each element's attributes sorted (the DOM keeps them in the order they were set). */
function canonical(node: Node): string {
  if (!(node instanceof Element)) return node.textContent ?? '';
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort();
  const children = [...node.childNodes].map(canonical).join('');
  return `<${node.localName}${attributes.join('')}>${children}</${node.localName}>`;
}

/**
 * A queue with every part the first view draws: an event's batch, Overdue with more people than its first page,
 * a later group, and a row with two reasons.
 */
function fullQueue(): FollowUpItem[] {
  const late = Array.from({ length: FIRST_PAGE + 2 }, (_, n) => `late-${n}`);
  const items = queueOf({
    contacts: [...late, 'bo'].map((id) => contact({ id, name: `Person ${id}` })),
    interactions: [
      ...late.map((contactId) => interaction({ contactId, kind: 'met', at: NOW - 4 * DAY, context: 'Expo' })),
      interaction({ contactId: 'bo', kind: 'met', at: NOW - HOUR }),
    ],
    commitments: [commitment({ contactId: 'bo', by: 'me', dueAt: NOW + 20 * DAY, text: 'Send the deck' })],
    now: NOW,
  });
  const bo = items.find((item) => item.contactId === 'bo')!;
  const met = { ...bo, key: 'event:ines', contactId: 'ines', contactName: 'Ines Okafor' };
  return [...items, { ...met, batch: { id: 'e1', name: 'Harbour Summit', order: 0 } }];
}

/** The first view of a queue of these items, painted in `root` as the side panel's first step paints it. */
const paintQueue = (root: HTMLElement, items: FollowUpItem[]) =>
  paintFirstView(root, firstViewOfQueue({ items, now: NOW, expanded: new Set() }, TIME_ZONE), NOW, TIME_ZONE);

describe('the side panel’s first paint, before React', () => {
  it('draws the markup React renders for the same queue, so nothing moves when React replaces it', () => {
    const items = fullQueue();
    const { batches, rest } = splitEventBatches(items);
    const { container } = render(
      <main>
        <PanelHeader query="" onQuery={noop} />
        <EventBatches batches={batches} now={NOW} timeZone={TIME_ZONE} onOpenContact={noop} />
        <FollowUpQueue
          groups={groupRows(rest, NOW, TIME_ZONE)}
          expanded={new Set()}
          onShowAll={noop}
          now={NOW}
          timeZone={TIME_ZONE}
          onOpenContact={noop}
        />
      </main>,
    );
    const root = document.createElement('div');
    expect(paintQueue(root, items)).toBe(true);
    // Its buttons wait for React (disabled, looking ready); apart from that, React's markup.
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      expect(button.disabled && button.hasAttribute('data-painted')).toBe(true);
      button.removeAttribute('disabled');
      button.removeAttribute('data-painted');
    }
    const drawn = canonical(root.firstChild!);
    // What the queue holds is all there: the batch, both groups, a first page and its button, the second reason.
    for (const part of [
      'After Harbour Summit (1)',
      'Overdue (22)',
      `Show all ${FIRST_PAGE + 2}`,
      '· and 1 more',
    ]) {
      expect(drawn).toContain(part);
    }
    expect(drawn).toBe(canonical(container.firstChild!));
  });

  it('keeps the search box of "Loading…", with what was typed in it and its focus, when the queue comes', () => {
    const root = document.createElement('div');
    document.body.append(root);
    paintLoading(root);
    const typedIn = root.querySelector('input')!;
    typedIn.value = 'bo';
    typedIn.focus();
    expect(paintQueue(root, fullQueue())).toBe(true);
    expect(root.querySelector('input')).toBe(typedIn);
    expect(typedIn.value).toBe('bo');
    expect(document.activeElement).toBe(typedIn);
    expect(root.textContent).not.toContain('Loading…');
    expect(root.querySelectorAll('main > input[type="search"]')).toHaveLength(1);
    expect(root.textContent).toContain('Overdue (22)');
    root.remove();
  });

  it('draws a view kept in extension storage (plain data, read back later the same day) as it draws the queue', () => {
    const computed = document.createElement('div');
    paintQueue(computed, fullQueue());
    const view = firstViewOfQueue({ items: fullQueue(), now: NOW, expanded: new Set() }, TIME_ZONE);
    const kept = document.createElement('div');
    // Storage keeps JSON: what comes back has no prototype, no undefined and no shared objects.
    expect(paintFirstView(kept, JSON.parse(JSON.stringify(view)), NOW + 6 * HOUR, TIME_ZONE)).toBe(true);
    expect(canonical(kept.firstChild!)).toBe(canonical(computed.firstChild!));
    // Its groups keep their counts, not only the rows of their first page.
    expect(view.groups.find((group) => group.id === 'overdue')).toMatchObject({ count: FIRST_PAGE + 2 });
    expect(view.groups.find((group) => group.id === 'overdue')?.rows).toHaveLength(FIRST_PAGE);
  });

  it('draws nothing for an empty queue: React shows what to do then', () => {
    const root = document.createElement('div');
    root.textContent = 'before';
    expect(paintQueue(root, [])).toBe(false);
    expect(root.textContent).toBe('before');
  });
});
