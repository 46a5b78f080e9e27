import { profileIdFromUrl } from '../url';
import type { PageContext } from './context';
import { ancestorWhere, plainText, spokenText } from './dom';
import type { PageMeta } from './meta';

// A page that is not a person's profile must yield nothing rather than a half-filled record: a log-in wall's
// "Welcome to your professional community" heading or a company's name would otherwise be saved as a contact.

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const NOT_FOUND =
  /profile not found|page not found|could not be found|isn[’']t public or doesn[’']t exist|this page doesn[’']t exist|profile is not available/i;
const LOG_IN_WALL =
  /log ?in or sign up|sign up \| linkedin|join linkedin|security verification|sign in to linkedin/i;
/** Organisation top cards (companies, schools, showcase pages), 2018–2024, wrap the name heading. */
const ORGANISATION_CLASS = /org-top-card|top-card-layout--organization/;
const MAX_HEADINGS = 5;

/** A LinkedIn address outside /in/ (company, school, feed, log-in) is never a profile, whatever the page shows. */
export function reasonFromAddress(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!LINKEDIN_HOST.test(parsed.hostname) || profileIdFromUrl(url)) return null;
  return `not a profile address: ${parsed.pathname.slice(0, 60)}`;
}

function firstHeadingsText(doc: Document): string {
  const texts: string[] = [];
  for (const tag of ['h1', 'h2']) {
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) texts.push(plainText(headings[i], 300));
  }
  return texts.join(' | ');
}

export function reasonFromPage(doc: Document, meta: PageMeta): string | null {
  const title = doc.title ?? '';
  if (NOT_FOUND.test(title) || NOT_FOUND.test(firstHeadingsText(doc))) return 'profile not found';
  if (LOG_IN_WALL.test(title)) return 'log-in wall';
  if (meta.ogType && meta.ogType !== 'profile')
    return `not a profile page (og:type ${meta.ogType.slice(0, 30)})`;
  return null;
}

/** Companies, schools and showcase pages also put their name in an h1; their top card says what they are. */
export function isOrganisationCard(heading: Element): boolean {
  return ancestorWhere(heading, (el) => ORGANISATION_CLASS.test(el.getAttribute('class') ?? '')) !== null;
}

const CARD_EVIDENCE = /degree connection|\bconnections?\b|\bcontact info\b|\bfollowers\b/i;

/**
 * A heading alone is not a person: the page must also show something only a member's top card shows (a degree,
 * a connection count, contact info) or carry the person in its structured data.
 */
export function showsAPerson(ctx: PageContext): boolean {
  if (ctx.person || ctx.meta.ogType === 'profile') return true;
  const card = ctx.topCard?.card;
  if (!card) return false;
  if (ctx.reading.hasContactInfo) return true;
  return (
    CARD_EVIDENCE.test(spokenText(card)) || card.querySelector('a[href*="/overlay/contact-info"]') !== null
  );
}
