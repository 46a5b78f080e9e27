import { profileIdFromUrl } from '../linkedin/url';
import type { Recipient } from '../schema/sent-message';
import { cleanText, TEXT_CAPS } from '../text/sanitize';

/**
 * The closest element matching `selector` that shares an ancestor with `box`: walking up from the box finds its own
 * conversation's header before another one's, so two open conversations never swap recipients.
 */
export function nearestAround(box: Element, selector: string, stopAt: string): Element | null {
  for (let scope = box.parentElement; scope; scope = scope.parentElement) {
    const found = scope.querySelector(selector);
    if (found) return found;
    if (scope.matches(stopAt)) return null;
  }
  return null;
}

/** A recipient from a profile link and a name element, both page-derived and so cleaned and capped. */
export function recipientFrom(link: Element | null, nameElement: Element | null): Recipient | null {
  const href = link?.getAttribute('href');
  const profileId = href ? (profileIdFromUrl(new URL(href, location.href).href) ?? undefined) : undefined;
  const name = cleanText(nameElement?.textContent ?? link?.textContent, TEXT_CAPS.name);
  if (!profileId && !name) return null;
  return profileId ? { profileId, name } : { name };
}
