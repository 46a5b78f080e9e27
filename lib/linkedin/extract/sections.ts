import { cleanText, TEXT_CAPS } from '../../text/sanitize';
import { type Block, textBlocks } from './blocks';
import { ancestorWhere, hasTag, visibleText } from './dom';
import type { LdOrganization } from './json-ld';

// Profile sections (About, Experience, Education) are found by the anchor id LinkedIn links to from the top card
// ("#experience" since 2021, "#experience-section" in 2018), else by their heading's words.

const MAX_SECTIONS = 60;
const isSection = hasTag('SECTION');
/** Recent entries are what a conversation needs; reading every one of a long career costs time. */
const MAX_ENTRIES = 8;

export function findSection(doc: Document, ids: readonly string[], heading: RegExp): Element | null {
  for (const id of ids) {
    const anchor = doc.getElementById(id);
    const section = anchor && ancestorWhere(anchor, isSection);
    if (section) return section;
  }
  const headings = doc.querySelectorAll('section h2');
  for (let i = 0; i < headings.length && i < MAX_SECTIONS; i++) {
    const h2 = headings[i]!;
    if (heading.test(visibleText(h2, 20, 200))) return ancestorWhere(h2, isSection);
  }
  return null;
}

/** The section's top-level list items: one per position or school (a company's roles nest inside its item). */
export function entryItems(section: Element): Element[] {
  const list = section.querySelector('ul');
  if (!list) return [];
  const items: Element[] = [];
  for (
    let child = list.firstElementChild;
    child && items.length < MAX_ENTRIES;
    child = child.nextElementSibling
  ) {
    if (child.tagName === 'LI') items.push(child);
  }
  return items;
}

export function blocksOf(item: Element): Block[] {
  return textBlocks(item, { skipAriaHidden: false, maxElements: 1500, maxBlocks: 80 });
}

const YEAR = String.raw`(?:[a-zà-ü]{3,9}\.?\s+)?(?:19|20)\d{2}`;
/** "2010 - 2014", "Nov 2021 - Present", "May 2017 – Present · 1 yr", "6 mos", or a single "2019". */
const DATES_PATTERN = new RegExp(
  String.raw`${YEAR}\s*(?:[-–—]|to)\s*(?:${YEAR}|present)|\b\d+\s+(?:yrs?|mos?)\b|^${YEAR}$`,
  'i',
);
/** A longer line that mentions dates is a description, not a date line. */
const DATES_MAX = 60;

export function isDates(block: Block): boolean {
  return block.text.length <= DATES_MAX && DATES_PATTERN.test(block.text);
}

const DATES_CAP = 100;

export const short = (text: string | undefined) => cleanText(text, TEXT_CAPS.short);

export function ldDates(org: LdOrganization): string {
  const end = org.endDate || (org.startDate ? 'Present' : '');
  return cleanText([org.startDate, end].filter(Boolean).join(' - '), DATES_CAP);
}

export function datesIn(blocks: readonly Block[]): string {
  return cleanText(blocks.find(isDates)?.text, DATES_CAP);
}
