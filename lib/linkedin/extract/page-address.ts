import { canonicalProfileUrl } from '../url';
import { idFromAddress } from './identity';

/** Links a profile page makes to its own sub-pages; "people also viewed" links never take these forms. */
const OWN_SUBPAGE =
  /\/in\/([^/?#]+)\/(?:overlay\/(?:contact-info|about-this-profile)|detail\/contact-info|details\/|recent-activity\/)/;

/**
 * The address a saved profile page names for itself when nobody says where it was served (a file on disk):
 * og:url, the canonical link, then the page's links to its own overlays and sections. Null when it names none.
 */
export function pageProfileAddress(doc: Document): string | null {
  for (const selector of ['meta[property="og:url"]', 'link[rel="canonical"]']) {
    const element = doc.querySelector(selector);
    const named = element?.getAttribute('content') ?? element?.getAttribute('href');
    if (named && idFromAddress(named)) return named;
  }
  for (const link of doc.querySelectorAll('a[href*="/in/"]')) {
    const id = OWN_SUBPAGE.exec(link.getAttribute('href') ?? '')?.[1];
    if (!id) continue;
    try {
      const publicId = idFromAddress(canonicalProfileUrl(decodeURIComponent(id)));
      if (publicId) return canonicalProfileUrl(publicId);
    } catch {
      // A malformed escape in someone's link is no address.
    }
  }
  return null;
}
