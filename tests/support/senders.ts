import { type MessageType, protocol } from '../../lib/protocol/map';
import { createRouter, type Handlers } from '../../lib/protocol/router';
import type { ExtensionIdentity, SenderFacts, SenderKind } from '../../lib/protocol/sender';

/** The extension as tests name it, and senders as the browser would describe each context. */
export const TEST_EXTENSION: ExtensionIdentity = {
  id: 'rapporttestid',
  baseUrl: 'chrome-extension://rapporttestid/',
};

export const SENDERS = {
  extension: { id: TEST_EXTENSION.id, url: `${TEST_EXTENSION.baseUrl}sidepanel.html` },
  content: {
    id: TEST_EXTENSION.id,
    url: 'https://www.linkedin.com/in/someone/',
    tab: { url: 'https://www.linkedin.com/in/someone/' },
  },
} satisfies Record<SenderKind, SenderFacts>;

/**
 * The messages a content script may send: all that a LinkedIn page that took one over could ask of Rapport. The
 * README's privacy sentence and the senders test both hold the protocol map to this one list, so widening it is a
 * decision made once, here, in plain sight.
 */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = [
  'coach/reply',
  'message/sent',
  'profile/captured',
  'reciprocity/get',
  'settings/remember',
  'thread/read',
  'tone/analyze',
  'why/open',
];

/** The messages the protocol map lets content scripts send, sorted. */
export const sentByContentScripts = (): string[] =>
  Object.entries(protocol)
    .filter(([, entry]) => (entry.from as readonly string[]).includes('content'))
    .map(([type]) => type)
    .sort();

/**
 * A router whose every message comes from the first sender its protocol entry allows: for tests of what handlers
 * do, not of who may call them (tests/security covers that). Unknown types come from an extension page.
 */
export function routeAsAllowedSender(handlers: Handlers) {
  const route = createRouter(handlers, TEST_EXTENSION);
  return (message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    const entry =
      typeof type === 'string' && Object.hasOwn(protocol, type) ? protocol[type as MessageType] : null;
    return route(message, SENDERS[entry?.from[0] ?? 'extension']);
  };
}
