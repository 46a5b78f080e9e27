import { browser } from 'wxt/browser';
import type { EventBatch } from '../../lib/engine/event-batches';
import { dueLabel, isOverdue, type PersonRow, type RowGroup } from '../../lib/engine/grouping';
import { FIRST_PAGE } from '../../lib/engine/shown-people';
import { formatDay } from '../../lib/time/calendar';
import { layoutOf, type Queue } from './queue-query';

// The side panel's first view drawn straight from the queue, without React: React and the page's components take
// the panel's one main thread for longer than the queue's reads do, so the first group waits for neither. It is the
// markup React renders for the same queue (PanelHeader, EventBatches, FollowUpQueue; tests/component/
// first-paint.test.tsx holds them equal), so nothing moves when React's first render replaces it, a moment later.
// Its buttons are disabled until then; what is typed in its search box is carried over (typedBeforeReact).

type Child = Node | string;

/** An element with these attributes and children (text as text nodes). */
function element(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * A button of the painted view: disabled until React's page replaces it, so a click meanwhile waits for a button that
 * works instead of vanishing (data-painted keeps its look: components/shared/rapport.css).
 */
const button = (attributes: Record<string, string>, text: string) =>
  element('button', { type: 'button', ...attributes, disabled: '', 'data-painted': '' }, text);

/** PanelHeader: the title, links and search box. */
const header = (): Child[] => [
  element(
    'div',
    { class: 'spread' },
    element('h1', {}, 'Follow-ups'),
    element(
      'div',
      { class: 'row' },
      element(
        'a',
        { href: browser.runtime.getURL('/network.html'), target: '_blank', rel: 'noreferrer' },
        'Your network at a glance',
      ),
      element(
        'a',
        { href: '/options.html', target: '_blank', rel: 'noreferrer', class: 'small' },
        'Settings',
      ),
    ),
  ),
  element('input', {
    type: 'search',
    'aria-label': 'Search people',
    placeholder: 'Search name, company, tag, headline or place',
    value: '',
  }),
];

/** FollowUpRow, closed. */
function row({ contactId, contactName, items }: PersonRow, now: number, timeZone: string) {
  const first = items[0]!;
  const more = items.length - 1;
  return element(
    'li',
    { class: 'queue-row follow-up', 'aria-label': `${first.action}: ${contactName}` },
    element('span', { class: 'who' }, button({ class: 'link' }, contactName)),
    element(
      'span',
      { class: isOverdue(first, now, timeZone) ? 'when overdue' : 'when' },
      dueLabel(first, now, timeZone),
    ),
    element('span', { class: 'what', title: first.reason }, first.action, more ? ` · and ${more} more` : ''),
    element(
      'span',
      { class: 'actions' },
      button({ class: 'primary' }, 'Done'),
      button({ 'aria-expanded': 'false', 'aria-controls': `detail-${contactId}` }, 'Details'),
    ),
  );
}

/** FollowUpRows. */
const rows = (label: string, people: readonly PersonRow[], now: number, timeZone: string) =>
  element(
    'ul',
    { class: 'plain queue-rows', 'aria-label': label },
    ...people.map((person) => row(person, now, timeZone)),
  );

/** EventBatches, one batch. */
const batchSection = (batch: EventBatch, now: number, timeZone: string) =>
  element(
    'section',
    { 'aria-labelledby': `batch-${batch.id}`, class: 'event-batch' },
    element('h2', { id: `batch-${batch.id}` }, `After ${batch.name} (${batch.rows.length})`),
    element(
      'p',
      { class: 'muted' },
      `Follow up by ${formatDay(batch.dueAt, timeZone)}; promises first, the oldest promise at the top, then in the order you met them.`,
    ),
    rows(`Follow-ups after ${batch.name}`, batch.rows, now, timeZone),
  );

/** QueueGroupSection, its first page (no group is shown in full on opening). */
function groupSection(group: RowGroup, now: number, timeZone: string) {
  const shown = group.rows.slice(0, FIRST_PAGE);
  return element(
    'section',
    { class: 'queue-group', 'aria-labelledby': `group-${group.id}` },
    element('h2', { id: `group-${group.id}`, class: group.id }, `${group.title} (${group.rows.length})`),
    rows(group.title, shown, now, timeZone),
    ...(shown.length < group.rows.length ? [button({}, `Show all ${group.rows.length}`)] : []),
  );
}

/**
 * What the user typed in the search box painted before React, and whether it has the focus: React's page, whose
 * first render replaces the painted one, starts from both (else a search typed meanwhile is lost).
 */
export function typedBeforeReact(): { query: string; focused: boolean } {
  const input = searchBox();
  return { query: input?.value ?? '', focused: input !== null && document.activeElement === input };
}

/** Focuses React's search box once it has replaced the painted one, the caret after the text carried over. */
export function focusSearchAgain() {
  const input = searchBox();
  input?.focus();
  input?.setSelectionRange(input.value.length, input.value.length);
}

const searchBox = () => document.querySelector<HTMLInputElement>('#root input[type="search"]');

/**
 * The page's frame in `root` with `content` under the header. A header painted already stays as it is: the search
 * box of "Loading…" may hold what the user typed meanwhile, with the focus (a new box lost it).
 */
function paint(root: HTMLElement, ...content: Child[]) {
  const search = root.querySelector(':scope > main > input[type="search"]');
  if (!search) {
    root.replaceChildren(element('main', {}, ...header(), ...content));
    return;
  }
  while (search.nextSibling) search.nextSibling.remove();
  search.after(...content);
}

/** The header and "Loading…", as the side panel shows them until the queue is found. */
export function paintLoading(root: HTMLElement) {
  paint(root, element('p', { 'aria-busy': 'true', class: 'muted' }, 'Loading…'));
}

/**
 * The side panel's header, event batches and groups for this queue, as `main` in `root`; false (nothing painted)
 * for an empty queue, whose message React shows.
 */
export function paintFirstQueue(root: HTMLElement, queue: Queue, timeZone: string): boolean {
  if (!queue.items.length) return false;
  const { batches, groups } = layoutOf(queue, timeZone);
  paint(
    root,
    ...batches.map((batch) => batchSection(batch, queue.now, timeZone)),
    ...groups.map((group) => groupSection(group, queue.now, timeZone)),
  );
  return true;
}
