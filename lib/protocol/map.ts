import { z } from 'zod';
import { ContactEditSchema } from '../schema/contact';
import { InteractionSchema } from '../schema/interaction';
import { ProfileSnapshotSchema } from '../schema/profile-snapshot';
import { BackupSchema } from './backup';

const Empty = z.object({}).strict();

/**
 * Every message between contexts, with the schema the receiver checks it against and the shape of its answer.
 * A feature adds its entries here; the router refuses anything that is not in this map.
 */
export const protocol = {
  /** Content script → background: a profile page was read. Stores or updates the contact and a daily visit. */
  'profile/captured': {
    request: ProfileSnapshotSchema,
    response: z.object({ contactId: z.string(), created: z.boolean(), visitLogged: z.boolean() }),
  },
  /** Popup → background: the user corrected fields of a contact; corrected fields win over later captures. */
  'contact/edit': {
    request: z.object({
      contactId: z.string().min(1),
      changes: ContactEditSchema,
    }),
    response: z.object({ contactId: z.string() }),
  },
  /** Any page → background: log something that happened with a contact. Same id twice is a no-op. */
  'interaction/log': {
    request: InteractionSchema.omit({ id: true, source: true }).extend({ id: z.string().min(1).optional() }),
    response: z.object({ id: z.string(), created: z.boolean() }),
  },
  'data/export': { request: Empty, response: BackupSchema },
  /** Deletes everything; `confirm` must be the literal word so a stray message cannot wipe data. */
  'data/wipe': {
    request: z.object({ confirm: z.literal('wipe') }),
    response: z.object({ deleted: z.number().int() }),
  },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Protocol[K]['response']>;
