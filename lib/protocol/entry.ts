import type { z } from 'zod';
import type { SenderKind } from './sender';

/**
 * One message of the protocol. `from` is required: a message cannot be added without deciding who may send it,
 * and the router refuses it from anyone else. Content scripts run in LinkedIn's renderer — give them only what
 * they use.
 */
export interface ProtocolEntry {
  request: z.ZodType;
  response: z.ZodType;
  from: readonly [SenderKind, ...SenderKind[]];
}

export type ProtocolEntries = Record<string, ProtocolEntry>;
