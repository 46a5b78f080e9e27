import { browser } from 'wxt/browser';
import {
  type FirstView,
  type FirstViewBatch,
  type FirstViewGroup,
  type FirstViewRow,
  firstViewOf,
} from '../../lib/engine/first-view';
import { dueLabel, isOverdue } from '../../lib/engine/grouping';
import { formatDay } from '../../lib/time/calendar';
import { layoutOf, type Queue } from './queue-query';

// The side panel's first view drawn without React, from the view the background kept (lib/browser/kept-first-view.ts)
// or straight from the queue the panel computed: React and the page's components take the panel's one main thread for
// longer than the queue's reads do, so the first group waits for neither. It is the markup React renders for the same
// queue (PanelHeader, EventBatches, FollowUpQueue; tests/component/first-paint.test.tsx holds them equal), so nothing
// moves when React's first render replaces it, a moment later. Its buttons are disabled until then; what is typed in
// its search box is carried over (typedBeforeReact).

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
function row(
  { contactId, contactName, action, reason, more, ...first }: FirstViewRow,
  now: number,
  timeZone: string,
) {
  return element(
    'li',
    { class: 'queue-row follow-up', 'aria-label': `${action}: ${contactName}` },
    element('span', { class: 'who' }, button({ class: 'link' }, contactName)),
    element(
      'span',
      { class: isOverdue(first, now, timeZone) ? 'when overdue' : 'when' },
      dueLabel(first, now, timeZone),
    ),
    element('span', { class: 'what', title: reason }, action, more ? ` · and ${more} more` : ''),
    element(
      'span',
      { class: 'actions' },
      button({ class: 'primary' }, 'Done'),
      button({ 'aria-expanded': 'false', 'aria-controls': `detail-${contactId}` }, 'Details'),
    ),
  );
}

/** FollowUpRows. */
const rows = (label: string, people: readonly FirstViewRow[], now: number, timeZone: string) =>
  element(
    'ul',
    { class: 'plain queue-rows', 'aria-label': label },
    ...people.map((person) => row(person, now, timeZone)),
  );

/** EventBatches, one batch. */
const batchSection = (batch: FirstViewBatch, now: number, timeZone: string) =>
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
const groupSection = (group: FirstViewGroup, now: number, timeZone: string) =>
  element(
    'section',
    { class: 'queue-group', 'aria-labelledby': `group-${group.id}` },
    element('h2', { id: `group-${group.id}`, class: group.id }, `${group.title} (${group.count})`),
    rows(group.title, group.rows, now, timeZone),
    ...(group.rows.length < group.count ? [button({}, `Show all ${group.count}`)] : []),
  );

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
 * The side panel's header, event batches and groups of this first view, as `main` in `root`, labelled as at `now`;
 * false (nothing painted) where it shows nobody: the empty queue's message is React's.
 */
export function paintFirstView(root: HTMLElement, view: FirstView, now: number, timeZone: string): boolean {
  if (!view.batches.length && !view.groups.length) return false;
  paint(
    root,
    ...view.batches.map((batch) => batchSection(batch, now, timeZone)),
    ...view.groups.map((group) => groupSection(group, now, timeZone)),
  );
  return true;
}

/** The first view of a queue computed (its rows named as the side panel shows them). */
export const firstViewOfQueue = (queue: Queue, timeZone: string): FirstView =>
  firstViewOf(layoutOf(queue, timeZone));
