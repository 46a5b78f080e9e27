import type { Envelope, ProtocolError, Reply } from './envelope';
import { type MessageType, type ParsedRequestOf, protocol, type ResponseOf } from './map';

export type Handler<K extends MessageType> = (payload: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
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
 * a `bad-request` and reaches no handler, so it writes nothing.
 */
export function createRouter(handlers: Handlers) {
  return async (message: unknown): Promise<Reply<unknown>> => {
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
      const handler = handlers[type] as (payload: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
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
