import { cleanText, TEXT_CAPS } from '../../text/sanitize';
import type { PageContext } from './context';
import { visibleText } from './dom';
import { type Answer, firstAnswer } from './layers';

// Mutual connections are the social proof the popup shows, so a wrong count is worse than none. Only a phrase
// that names a count or the people is read; endorsement lines ("Endorsed by A and 1 other mutual connection")
// are a different number and live outside the top card and the shared-connections link.

export interface Mutuals {
  count: number;
  names: string[];
}

const MAX_NAMES = 20;
const MAX_TEXT_NODES = 5000;
const MAX_LINKS = 5000;
const SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/i;
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => Mutuals][] = [
  // "A, B, and 2 other mutual connections" / "A and 1 other mutual connection"
  [/^(.+?),?\s+and\s+(\d[\d,]*)\s+others?\s+mutual connections?/i, (m) => withOthers(m[1]!, m[2]!)],
  // "16 Mutual Connections · You and Sean both know A, B, and 14 others"
  [
    /^(\d[\d,]*)\s+mutual connections?(?:.*?\bknow\s+(.+?),?\s+and\s+\d[\d,]*\s+others?)?/i,
    (m) => counted(m[1]!, m[2]),
  ],
  // "A and B are mutual connections" / "A is a mutual connection"
  [/^(.+?)\s+(?:are|is an?)\s+mutual connections?/i, (m) => named(m[1]!)],
];

function splitNames(list: string): string[] {
  return list
    .split(SEPARATOR)
    .map((name) => cleanText(name, TEXT_CAPS.name))
    .filter((name) => name.length > 0 && name.length <= 100 && !/\d/.test(name))
    .slice(0, MAX_NAMES);
}

function toCount(digits: string): number {
  return Number.parseInt(digits.replace(/,/g, ''), 10);
}

function withOthers(list: string, others: string): Mutuals {
  const names = splitNames(list);
  return { count: names.length + toCount(others), names };
}

function counted(total: string, list: string | undefined): Mutuals {
  return { count: toCount(total), names: list ? splitNames(list) : [] };
}

function named(list: string): Mutuals {
  const names = splitNames(list);
  return { count: names.length, names };
}

export function parseMutuals(phrase: string): Mutuals | null {
  const text = cleanText(phrase, TEXT_CAPS.short * 3);
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const mutuals = read(match);
    if (Number.isSafeInteger(mutuals.count) && mutuals.count > 0) return mutuals;
  }
  return null;
}

function firstParsed(elements: Iterable<Element>, limit: number): Mutuals | null {
  let tried = 0;
  for (const el of elements) {
    if (tried++ >= limit) break;
    const text = visibleText(el, 200, 2000);
    if (!/mutual/i.test(text)) continue;
    const mutuals = parseMutuals(text);
    if (mutuals) return mutuals;
  }
  return null;
}

/** The elements whose own text says "mutual": the phrase itself, not the card around it. */
function* holdersOfMutualText(card: Element): Generator<Element> {
  const walker = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  for (
    let seen = 0, node = walker.nextNode();
    node && seen < MAX_TEXT_NODES;
    seen++, node = walker.nextNode()
  ) {
    if (node.parentElement && /mutual/i.test(node.nodeValue ?? '')) yield node.parentElement;
  }
}

/** Links to the shared-connections search: `facetConnectionOf` (2018–2024) or `connectionOf` (late 2024). */
function* sharedConnectionLinks(root: Element | Document): Generator<Element> {
  const links = root.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    if (/connectionOf/i.test(links[i]!.getAttribute('href') ?? '')) yield links[i]!;
  }
}

export function readMutuals(ctx: PageContext): Answer<Mutuals> | null {
  const card = ctx.topCard?.card;
  return firstAnswer([
    ['url', () => (card ? firstParsed(sharedConnectionLinks(card), 10) : null)],
    ['text', () => (card ? firstParsed(holdersOfMutualText(card), 10) : null)],
    ['url', () => firstParsed(sharedConnectionLinks(ctx.doc), 20)],
  ]);
}
