import type { z } from 'zod';
import type { EducationEntrySchema } from '../../schema/profile-snapshot';
import type { CardOrganisations } from './card-organisations';
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

const EDUCATION_LABEL = /^education:\s*(.+?)(?:\.\s*click\b.*)?$/i;

/** The 2021–2025 top card's "Education: School. Click to skip to education card" button. */
function educationFromLabel(card: Element | undefined): EducationEntry[] {
  const label = card?.querySelector('[aria-label^="Education:" i]')?.getAttribute('aria-label') ?? '';
  const school = EDUCATION_LABEL.exec(label.trim())?.[1];
  return school ? [{ school: short(school), degree: '', dates: '' }] : [];
}

/** The 2026 top card names the latest school before the Education section has loaded. */
function educationFromCard(card: CardOrganisations | null): EducationEntry[] {
  return card?.school ? [{ school: short(card.school), degree: '', dates: '' }] : [];
}

export function readEducation(
  ctx: PageContext,
  card: CardOrganisations | null,
): Answer<EducationEntry[]> | null {
  return firstAnswer([
    ['json-ld', () => educationFromLd(ctx)],
    ['heading', () => educationFromSection(ctx.doc)],
    ['aria', () => educationFromLabel(ctx.topCard?.card)],
    ['text', () => educationFromCard(card)],
  ]);
}
