import type { Envelope, ProtocolError, Reply } from './envelope';
import { type MessageType, type ParsedRequestOf, protocol, type ResponseOf } from './map';
import { classifySender, type ExtensionIdentity, type SenderFacts } from './sender';

/** A handler gets the checked payload and, for the few that must know which page spoke, what the browser says of the sender. */
export type Handler<K extends MessageType> = (
  payload: ParsedRequestOf<K>,
  sender: SenderFacts,
) => Promise<ResponseOf<K>>;
export type Handlers = { [K in MessageType]: Handler<K> };

/** A handler's way to answer with a typed error other than a crash, e.g. a missing contact. */
export class HandledError extends Error {
  constructor(
    readonly code: ProtocolError['code'],
    message: string,
  ) {
    super(message);
  }
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}

/**
 * Validates a message against the protocol map, runs its handler and always answers: malformed input gets
 * a `bad-request`, a sender its entry does not allow gets `forbidden`; neither reaches a handler, so neither writes.
 * The sender is what the browser reports (`runtime.MessageSender`), checked against this extension's identity.
 */
export function createRouter(handlers: Handlers, self: ExtensionIdentity) {
  return async (message: unknown, sender: SenderFacts): Promise<Reply<unknown>> => {
    const from = classifySender(sender, self);
    if (from === null) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'Messages are accepted only from Rapport itself' },
      };
    }
    if (!isEnvelope(message)) {
      return { ok: false, error: { code: 'bad-request', message: 'A message needs a string "type"' } };
    }
    if (!Object.hasOwn(protocol, message.type)) {
      return {
        ok: false,
        error: { code: 'unknown-type', message: `Unknown message type "${message.type}"` },
      };
    }
    const type = message.type as MessageType;
    const allowed: readonly string[] = protocol[type].from;
    if (!allowed.includes(from)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: `"${type}" may not be sent from a ${from} context` },
      };
    }
    const parsed = protocol[type].request.safeParse(message.payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        error: {
          code: 'bad-request',
          message: issue?.message ?? 'Invalid payload',
          path: ['payload', ...(issue?.path ?? [])].join('.'),
        },
      };
    }
    try {
      const handler = handlers[type] as (payload: unknown, sender: SenderFacts) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, sender) };
    } catch (error) {
      if (error instanceof HandledError)
        return { ok: false, error: { code: error.code, message: error.message } };
      return {
        ok: false,
        error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
      };
    }
  };
}
