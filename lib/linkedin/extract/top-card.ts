import { type Block, textBlocks } from './blocks';
import { ancestorWhere, hasTag, isScreenReaderCopy, visibleText } from './dom';

// The top card is found from its one stable landmark, the heading that holds the person's name, rather than from
// class names: every layout since 2018 puts the name in a heading and the headline, location and counts after it.

export interface TopCard {
  heading: Element;
  card: Element;
  /** Visible text blocks after the name, in reading order. */
  lines: Block[];
}

/** Page chrome that may hold a heading of its own. Not aria-hidden: an open modal marks the whole page so. */
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER']);
const CHROME_ROLES = new Set(['dialog', 'navigation', 'banner']);
const isChrome = (el: Element) =>
  CHROME_TAGS.has(el.tagName) || CHROME_ROLES.has(el.getAttribute('role') ?? '');
const isCardContainer = hasTag('SECTION', 'ARTICLE');
const MAX_HEADINGS = 30;

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function headingCandidates(doc: Document): Element[] {
  const found: Element[] = [];
  for (const h1 of doc.getElementsByTagName('h1')) {
    if (found.length >= MAX_HEADINGS) break;
    // A screen-reader-only h1 ("feed updates" on the feed) is a landmark for the page, not a person's name.
    if (ancestorWhere(h1, isChrome) || isScreenReaderCopy(h1)) continue;
    const text = visibleText(h1);
    if (text && text.length <= 400) found.push(h1);
  }
  return found;
}

/** Without an h1, a level-one heading or h2 that repeats a name the page's metadata gave. */
function headingMatchingName(doc: Document, names: Set<string>): Element | null {
  const others = doc.querySelectorAll('[role="heading"][aria-level="1"], h2');
  for (let i = 0; i < others.length && i < MAX_HEADINGS * 4; i++) {
    const el = others[i]!;
    if (names.has(normalised(visibleText(el))) && !ancestorWhere(el, isChrome)) return el;
  }
  return null;
}

export function findNameHeading(doc: Document, knownNames: readonly string[]): Element | null {
  const names = new Set(knownNames.filter(Boolean).map(normalised));
  const candidates = headingCandidates(doc);
  const matching = candidates.find((h) => names.has(normalised(visibleText(h))));
  return matching ?? candidates[0] ?? (names.size > 0 ? headingMatchingName(doc, names) : null);
}

function cardAround(heading: Element): Element {
  const section = ancestorWhere(heading, (el) => isCardContainer(el) || el.getAttribute('role') === 'region');
  if (section) return section;
  let card: Element = heading;
  for (let i = 0; i < 5 && card.parentElement && card.parentElement.tagName !== 'BODY'; i++) {
    card = card.parentElement;
  }
  return card;
}

export function readTopCard(doc: Document, knownNames: readonly string[]): TopCard | null {
  const heading = findNameHeading(doc, knownNames);
  if (!heading) return null;
  const card = cardAround(heading);
  return {
    heading,
    card,
    lines: textBlocks(card, { after: heading, skipAriaHidden: true, maxElements: 3000, maxBlocks: 60 }),
  };
}
