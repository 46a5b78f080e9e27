import type { z } from 'zod';
import type { ExperienceEntrySchema } from '../../schema/profile-snapshot';
import type { PageContext } from './context';
import { type Answer, firstAnswer } from './layers';
import { blocksOf, datesIn, entryItems, findSection, isDates, ldDates, short } from './sections';

export type ExperienceEntry = z.output<typeof ExperienceEntrySchema>;

/** Recent positions are what a conversation opener needs; older ones add weight, not use. */
const MAX_EXPERIENCE = 10;

/** "Acme · Full-time" → "Acme" */
function companyPart(text: string | undefined): string {
  return short(text?.split(' · ')[0]);
}

/** One list item: a single position (title, company, dates), or a company with its roles nested inside. */
function positionsIn(item: Element): ExperienceEntry[] {
  const roles = [...item.querySelectorAll('li')].map(blocksOf).filter((blocks) => blocks.some(isDates));
  const blocks = blocksOf(item);
  if (roles.length > 0 && blocks[0]) {
    const company = short(blocks[0].text);
    return roles.map((role) => ({ title: short(role[0]?.text), company, dates: datesIn(role) }));
  }
  if (blocks.length === 0) return [];
  return [{ title: short(blocks[0]?.text), company: companyPart(blocks[1]?.text), dates: datesIn(blocks) }];
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
