import type { Reply } from './envelope';
import type { MessageType, RequestOf, ResponseOf } from './map';

/** How a context hands a message to the background; `browser.runtime.sendMessage` in the extension. */
export type Transport = (message: { type: string; payload: unknown }) => Promise<unknown>;

/**
 * Sends one protocol message and returns the typed reply. Type-only imports keep zod out of content scripts;
 * a transport failure (worker restarting, extension reloaded) becomes a typed error instead of a rejection.
 */
export async function send<K extends MessageType>(
  transport: Transport,
  type: K,
  payload: RequestOf<K>,
): Promise<Reply<ResponseOf<K>>> {
  try {
    const reply = (await transport({ type, payload })) as Reply<ResponseOf<K>> | undefined;
    return reply ?? { ok: false, error: { code: 'failed', message: 'No answer from the background worker' } };
  } catch (error) {
    return {
      ok: false,
      error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
