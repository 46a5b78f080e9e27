// The shapes every message and answer share. Kept free of zod so content scripts can import it for free.

export type ProtocolErrorCode = 'bad-request' | 'unknown-type' | 'forbidden' | 'not-found' | 'failed';

export interface ProtocolError {
  code: ProtocolErrorCode;
  message: string;
  /** Where a validation failed, e.g. "payload.name". */
  path?: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

export interface Envelope {
  type: string;
  payload: unknown;
}
