import type { z } from 'zod';
import type { ExperienceEntrySchema } from '../../schema/profile-snapshot';
import type { Block } from './blocks';
import type { PageContext } from './context';
import { hasTag } from './dom';
import { type Answer, firstAnswer } from './layers';
import { blocksOf, datesIn, entryItems, findSection, isDates, ldDates, short } from './sections';

export type ExperienceEntry = z.output<typeof ExperienceEntrySchema>;

/** Recent positions are what a conversation opener needs; older ones add weight, not use. */
const MAX_EXPERIENCE = 10;
/** Roles nested under one company; the rest of a long item is descriptions and skills. */
const MAX_NESTED = 12;

/** "Acme · Full-time" → "Acme" */
function companyPart(text: string | undefined): string {
  return short(text?.split(' · ')[0]);
}

const isListItem = hasTag('LI');

/** The outermost list item nested in `item` that holds the block: a role under a company, or a description. */
function nestedItemOf(block: Block, item: Element): Element | null {
  let outermost: Element | null = null;
  for (let el: Element | null = block.el; el && el !== item; el = el.parentElement) {
    if (isListItem(el)) outermost = el;
  }
  return outermost;
}

/** Splits an item's blocks (read in one walk) into its own and those of each nested item, in order. */
function groupByNestedItem(blocks: readonly Block[], item: Element): { own: Block[]; nested: Block[][] } {
  const own: Block[] = [];
  const nested = new Map<Element, Block[]>();
  for (const block of blocks) {
    const holder = nestedItemOf(block, item);
    if (!holder) own.push(block);
    else nested.set(holder, [...(nested.get(holder) ?? []), block]);
  }
  return { own, nested: [...nested.values()] };
}

/** One list item: a single position (title, company, dates), or a company with its roles nested inside. */
function positionsIn(item: Element): ExperienceEntry[] {
  const { own, nested } = groupByNestedItem(blocksOf(item), item);
  const roles = nested.filter((blocks) => blocks.some(isDates)).slice(0, MAX_NESTED);
  if (roles.length > 0 && own[0]) {
    const company = short(own[0].text);
    return roles.map((role) => ({ title: short(role[0]?.text), company, dates: datesIn(role) }));
  }
  if (own.length === 0) return [];
  return [{ title: short(own[0]?.text), company: companyPart(own[1]?.text), dates: datesIn(own) }];
}

function experienceFromSection(doc: Document): ExperienceEntry[] {
  const section = findSection(doc, ['experience', 'experience-section'], /^experience$/i);
  if (!section) return [];
  return entryItems(section)
    .flatMap(positionsIn)
    .filter((e) => e.title)
    .slice(0, MAX_EXPERIENCE);
}

function experienceFromLd(ctx: PageContext): ExperienceEntry[] {
  const person = ctx.person;
  if (!person) return [];
  const current = person.worksFor.map((org, i) => ({ org, title: person.jobTitles[i] ?? '' }));
  const past = person.alumniOf.filter((org) => !org.educational).map((org) => ({ org, title: '' }));
  return [...current, ...past]
    .map(({ org, title }) => ({ title: short(title), company: short(org.name), dates: ldDates(org) }))
    .slice(0, MAX_EXPERIENCE);
}

export function readExperience(ctx: PageContext): Answer<ExperienceEntry[]> | null {
  return firstAnswer([
    ['json-ld', () => experienceFromLd(ctx)],
    ['heading', () => experienceFromSection(ctx.doc)],
  ]);
}
