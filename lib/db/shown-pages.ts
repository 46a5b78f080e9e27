import { isUnlinkedId } from '../contacts/unlinked';
import { canonicalProfileUrl } from '../linkedin/url';

// The pages the queue's rows keep of the people they name (the queue cards, the open follow-ups' week rows: schema
// v26). Almost every person's page is the one their id gives, so a row stores nothing for it: the rows are read
// on every open of the side panel, and Chromium's cost follows their size.

/**
 * The page a person's id gives: their LinkedIn page by its public id (lib/linkedin/url.ts); none for someone known
 * only from an export without addresses, whose contact keeps `profileUrl: ''` (lib/contacts/unlinked.ts).
 */
export const pageOfId = (id: string): string => (isUnlinkedId(id) ? '' : canonicalProfileUrl(id));

/** What marks a page stored because it is not the id's own (which may be '' too: stored as the mark alone). */
const OWN_PAGE = '=';

/** A page as a card row's column stores it: '' for the id's own page, the page after a mark otherwise. */
export const storedPage = (id: string, page: string): string =>
  page === pageOfId(id) ? '' : `${OWN_PAGE}${page}`;

/** A page read back from a card row's column. */
export const pageFrom = (id: string, stored: string): string =>
  stored === '' ? pageOfId(id) : stored.slice(OWN_PAGE.length);
