import type { z } from 'zod';
import type { EducationEntrySchema } from '../../schema/profile-snapshot';
import type { PageContext } from './context';
import { type Answer, firstAnswer } from './layers';
import { blocksOf, datesIn, entryItems, findSection, isDates, ldDates, short } from './sections';

export type EducationEntry = z.output<typeof EducationEntrySchema>;

const MAX_EDUCATION = 5;

function schoolFromItem(item: Element): EducationEntry | null {
  const blocks = blocksOf(item);
  if (!blocks[0]) return null;
  const degree = blocks[1] && !isDates(blocks[1]) ? blocks[1].text : '';
  return { school: short(blocks[0].text), degree: short(degree), dates: datesIn(blocks) };
}

function educationFromSection(doc: Document): EducationEntry[] {
  const section = findSection(doc, ['education', 'education-section'], /^education$/i);
  if (!section) return [];
  return entryItems(section)
    .flatMap((item) => schoolFromItem(item) ?? [])
    .slice(0, MAX_EDUCATION);
}

function educationFromLd(ctx: PageContext): EducationEntry[] {
  return (ctx.person?.alumniOf ?? [])
    .filter((org) => org.educational)
    .map((org) => ({ school: short(org.name), degree: '', dates: ldDates(org) }))
    .slice(0, MAX_EDUCATION);
}

export function readEducation(ctx: PageContext): Answer<EducationEntry[]> | null {
  return firstAnswer([
    ['json-ld', () => educationFromLd(ctx)],
    ['heading', () => educationFromSection(ctx.doc)],
  ]);
}
