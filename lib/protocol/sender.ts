// Who sent a message, decided from what the browser says about the sender — never from the message itself.

/**
 * The two kinds of context that may talk to the background. `content`: Rapport's content script in a LinkedIn tab,
 * whose renderer LinkedIn's own scripts share and may have compromised — it gets only what it needs. `extension`:
 * Rapport's own pages (popup, side panel, options), not framed by any web page.
 */
export type SenderKind = 'content' | 'extension';

/** The part of `runtime.MessageSender` the decision reads. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/** This extension as the browser names it: its id and the base of its pages' addresses, e.g. `chrome-extension://<id>/`. */
export interface ExtensionIdentity {
  id: string;
  baseUrl: string;
}

/** Pages the content scripts run on (the manifest's `matches`). */
function isLinkedInPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === 'www.linkedin.com';
  } catch {
    return false;
  }
}

/**
 * What kind of sender this is, or null for anything else: another extension, our page framed inside a web page,
 * a content script on an address we do not run on, a sender without an address.
 */
export function classifySender(sender: SenderFacts, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  const ours = (url: string | undefined) => typeof url === 'string' && url.startsWith(self.baseUrl);
  if (ours(sender.url)) {
    // An extension page either has no tab (popup, side panel) or is itself the tab (options opened as a page).
    return sender.tab === undefined || ours(sender.tab.url) ? 'extension' : null;
  }
  return sender.tab !== undefined && isLinkedInPage(sender.url) ? 'content' : null;
}
