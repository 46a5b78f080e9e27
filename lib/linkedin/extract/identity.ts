import { TEXT_CAPS } from '../../text/sanitize';
import { profileIdFromUrl } from '../url';
import type { PageContext } from './context';
import { visibleText } from './dom';
import { textOfClass } from './known-classes';
import { type Answer, cleaned, firstAnswer } from './layers';

/** "/in/me/" is LinkedIn's alias for whoever is logged in, not anyone's public id. */
export const SELF_ALIAS = 'me';

export function idFromAddress(url: string): string | null {
  const id = profileIdFromUrl(url);
  return id === SELF_ALIAS ? null : id;
}

/** The page links to its own overlays (contact info, "about this profile") under the person's /in/ address. */
function idFromOverlayLinks(doc: Document): string | null {
  const link = doc.querySelector('a[href*="/overlay/contact-info"], a[href*="/overlay/about-this-profile"]');
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return idFromAddress(new URL(href, 'https://www.linkedin.com').href);
  } catch {
    return null;
  }
}

export function readPublicId(ctx: PageContext): Answer<string> | null {
  return firstAnswer([
    ['url', () => idFromAddress(ctx.url)],
    ['meta', () => ctx.meta.publicId],
    ['json-ld', () => ctx.person?.publicId],
    ['url', () => idFromOverlayLinks(ctx.doc)],
  ]);
}

export function readName(ctx: PageContext): Answer<string> | null {
  const cap = TEXT_CAPS.name;
  return firstAnswer([
    ['json-ld', cleaned(() => ctx.person?.name, cap)],
    ['meta', cleaned(() => ctx.meta.name, cap)],
    ['heading', cleaned(() => ctx.topCard && visibleText(ctx.topCard.heading), cap)],
    ['title', cleaned(() => ctx.meta.titleName, cap)],
    ['class', cleaned(() => textOfClass(ctx.doc, 'name'), cap)],
  ]);
}
