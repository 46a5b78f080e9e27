import { TEXT_CAPS } from '../../text/sanitize';
import type { CardOrganisations } from './card-organisations';
import type { PageContext } from './context';
import type { ExperienceEntry } from './experience';
import { textOfClass } from './known-classes';
import { type Answer, cleaned, firstAnswer } from './layers';

// The current title and company: structured data on public pages, the top card's "Current company: …" button
// label on logged-in ones (2021+), else the first experience entry, else the 2026 top card's organisation line.

const CURRENT_COMPANY = /^current company:\s*(.+?)(?:\.\s*click\b.*)?$/i;

function companyFromLabel(card: Element | undefined): string | null {
  const label = card?.querySelector('[aria-label^="Current company" i]')?.getAttribute('aria-label') ?? '';
  return CURRENT_COMPANY.exec(label.trim())?.[1] ?? null;
}

export function readCompany(
  ctx: PageContext,
  latest: ExperienceEntry | undefined,
  card: CardOrganisations | null,
): Answer<string> | null {
  const cap = TEXT_CAPS.short;
  return firstAnswer([
    ['json-ld', cleaned(() => ctx.person?.worksFor[0]?.name, cap)],
    ['aria', cleaned(() => companyFromLabel(ctx.topCard?.card), cap)],
    ['heading', cleaned(() => latest?.company, cap)],
    ['text', cleaned(() => card?.company, cap)],
    ['class', cleaned(() => textOfClass(ctx.doc, 'company'), cap)],
  ]);
}

export function readTitle(ctx: PageContext, latest: ExperienceEntry | undefined): Answer<string> | null {
  const cap = TEXT_CAPS.short;
  return firstAnswer([
    ['json-ld', cleaned(() => ctx.person?.jobTitles[0], cap)],
    ['heading', cleaned(() => latest?.title, cap)],
  ]);
}
