// People from exports made before 2024, whose Connections.csv has no profile address: kept under a key of their own
// (name and the day they connected) until the user visits their LinkedIn page and the two records become one.
import type { Contact } from '../schema/contact';
import type { ProfileSnapshot } from '../schema/profile-snapshot';

/** Every key of a contact without a profile address starts so. A LinkedIn public id never holds a `/` (lib/linkedin/url.ts). */
export const UNLINKED_PREFIX = 'unlinked/';

/** Names compared the way people read them: case, spacing and trailing spaces do not matter. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The stable key of a connection row without a profile address. The day they connected tells two people of one
 * name apart and never changes between exports (a company or a title does); `n` numbers a second row of the same
 * name and day in one file.
 */
export function unlinkedId(name: string, connectedAt: number, n = 1): string {
  const day = new Date(connectedAt).toISOString().slice(0, 10);
  const suffix = n > 1 ? `/${n}` : '';
  return `${UNLINKED_PREFIX}${nameKey(name).slice(0, 150)}/${day}${suffix}`;
}

export function isUnlinkedId(id: string): boolean {
  return id.startsWith(UNLINKED_PREFIX);
}

/** A contact Rapport knows only from an export, with no LinkedIn page yet. */
export function isUnlinked(contact: Pick<Contact, 'id' | 'profileUrl'>): boolean {
  return !contact.profileUrl && isUnlinkedId(contact.id);
}

/** Where the user can look for them by hand: LinkedIn's people search for the name (opened only by their click). */
export function peopleSearchUrl(name: string): string {
  return `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(name)}`;
}

/**
 * Where a link to the person goes: their LinkedIn page; for someone known only from an export made before 2024 (no
 * address), a people search for their name, with why (visiting their page from there joins the two records).
 */
export function profileLinkOf(profileUrl: string, name: string): { href: string; title?: string } {
  if (profileUrl) return { href: profileUrl };
  return {
    href: peopleSearchUrl(name),
    title: 'From an export without profile addresses: visiting their page links it to this record',
  };
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "Acme, Inc." in "Engineer at ACME Inc" — whole words, so "Meta" is not found in "Metaview". */
function mentions(text: string, part: string): boolean {
  const needle = fold(part);
  return needle.length > 1 && ` ${fold(text)} `.includes(` ${needle} `);
}

/**
 * Whether what the export says of an unlinked contact agrees with the page: the same name, and their company in
 * the page's current company, headline or positions (or, without a company, their position in the headline).
 */
export function agreesWith(unlinked: Contact, page: ProfileSnapshot): boolean {
  if (nameKey(unlinked.name) !== nameKey(page.name)) return false;
  const places = [
    page.company ?? '',
    page.headline ?? '',
    page.title ?? '',
    ...page.experience.flatMap((entry) => [entry.company, entry.title]),
  ].filter(Boolean);
  if (unlinked.company) return places.some((place) => mentions(place, unlinked.company));
  return !!unlinked.title && places.some((place) => mentions(place, unlinked.title));
}

export type UnlinkedMatch =
  | { kind: 'none' }
  /** One record agrees and the page shows a 1st-degree connection: the same person, joined without asking. */
  | { kind: 'merge'; unlinked: Contact }
  /** Records of that name that the page does not settle: the popup asks which, if any, is this person. */
  | { kind: 'ask'; candidates: Contact[] };

/**
 * What to do with the unlinked records named like the visited page. Joining two records is never guessed: it needs
 * exactly one record that agrees on name and company, a page that shows them as a connection (everyone in
 * Connections.csv is one), and a page whose address is the tab's own. Anything less asks the user.
 */
export function matchUnlinked(
  page: ProfileSnapshot,
  candidates: readonly Contact[],
  pageIsTab: boolean,
  declined: readonly string[] = [],
): UnlinkedMatch {
  const open = candidates.filter(
    (c) => isUnlinked(c) && nameKey(c.name) === nameKey(page.name) && !declined.includes(c.id),
  );
  if (!open.length) return { kind: 'none' };
  const agreeing = open.filter((c) => agreesWith(c, page));
  if (agreeing.length === 1 && page.degree === 1 && pageIsTab)
    return { kind: 'merge', unlinked: agreeing[0]! };
  return { kind: 'ask', candidates: open };
}
