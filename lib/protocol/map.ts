import { z } from 'zod';
import type { ReplyCoaching } from '../coach/coach-reply';
import { WHITEPAPER_SECTIONS, type WhitepaperSection } from '../rules/sections';
import { CoachReplySchema } from '../schema/coach-request';
import { CommitmentStatusSchema } from '../schema/commitment';
import { ContactEditSchema } from '../schema/contact';
import { ThreadReadSchema } from '../schema/heard-message';
import { ExchangeSchema, IntentSchema, InteractionSchema } from '../schema/interaction';
import { ProfileSnapshotSchema } from '../schema/profile-snapshot';
import { RecipientSchema, RecipientStatusSchema, SentMessageSchema } from '../schema/sent-message';
import { RememberSchema, type Settings, SettingsChangeSchema } from '../schema/settings';
import { ToneAnalyzeRequestSchema } from '../schema/tone-request';
import type { ToneReport } from '../tone/types';
import { BackupSchema } from './backup';
import type { ProtocolEntries } from './entry';
import { importProtocol } from './import-messages';
import {
  CommitmentAddSchema,
  CommitmentSetStatusSchema,
  ContactDeleteSchema,
  FollowUpDoneSchema,
  FollowUpSnoozeSchema,
  FollowUpUndoSchema,
  InteractionDeleteSchema,
  InteractionEditSchema,
} from './relationship-messages';
import { socialProtocol } from './social-messages';

const Empty = z.object({}).strict();
const SectionSchema = z.enum(Object.keys(WHITEPAPER_SECTIONS) as [WhitepaperSection, ...WhitepaperSection[]]);

/**
 * Every message between contexts, with the schema the receiver checks it against and the shape of its answer.
 * A feature adds its entries here; the router refuses anything that is not in this map, and anything sent by a
 * context its entry's `from` does not name (see ./sender.ts: content scripts get only the eight messages they use).
 */
export const protocol = {
  /** Content script → background: a profile page was read. Stores or updates the contact and a daily visit. */
  'profile/captured': {
    request: ProfileSnapshotSchema,
    from: ['content'],
    response: z.object({
      contactId: z.string(),
      created: z.boolean(),
      visitLogged: z.boolean(),
      /** The key of a record without an address (an old export's connection) that became this one, if any. */
      joined: z.string().nullable(),
    }),
  },
  /** Popup → background: the user corrected fields of a contact; corrected fields win over later captures. */
  'contact/edit': {
    request: z.object({
      contactId: z.string().min(1),
      changes: ContactEditSchema,
    }),
    from: ['extension'],
    response: z.object({ contactId: z.string() }),
  },
  /** Popup → background: log something that happened with a contact. Same id twice is a no-op. */
  'interaction/log': {
    request: InteractionSchema.omit({ id: true, source: true }).extend({ id: z.string().min(1).optional() }),
    from: ['extension'],
    response: z.object({ id: z.string(), created: z.boolean() }),
  },
  /**
   * Content script → background: the user sent a message from a LinkedIn box. Records it on the recipient with its
   * intent and promises; an unknown or ambiguous recipient records nothing and says why.
   */
  'message/sent': {
    request: SentMessageSchema,
    from: ['content'],
    response: z.object({
      status: z.union([RecipientStatusSchema, z.enum(['recorded', 'already-recorded'])]),
      contactId: z.string().nullable(),
      interactionId: z.string().nullable(),
      commitments: z.number().int(),
    }),
  },
  /** Inline hints → background: the tone report of a draft, with what Rapport knows of the recipient. The engine
   *  and its model live in the worker so the content script on every LinkedIn page stays small. */
  'tone/analyze': {
    request: ToneAnalyzeRequestSchema,
    from: ['content'],
    response: z.custom<ToneReport>(),
  },
  /**
   * Content script → background: messages of the other person in the open one-to-one conversation (at most a
   * batch). Records their asks, gives, thanks and promises once per message; answers how many were new.
   */
  'thread/read': {
    request: ThreadReadSchema,
    from: ['content'],
    response: z.object({
      status: z.union([RecipientStatusSchema, z.enum(['read', 'reading-off'])]),
      contactId: z.string().nullable(),
      read: z.number().int(),
      recorded: z.number().int(),
    }),
  },
  /** Content script → background: coaching for a reply, from the draft and their messages since the user wrote. */
  'coach/reply': {
    request: CoachReplySchema,
    from: ['content'],
    response: z.custom<ReplyCoaching>(),
  },
  /** Extension page → background: remove an entry read from a conversation; it does not come back. */
  'heard/remove': {
    request: z.object({ id: z.string().min(1).max(500) }),
    from: ['extension'],
    response: z.object({ id: z.string(), removed: z.boolean() }),
  },
  /** Extension page → background: correct what a message of theirs did (ask, give, thanks, other). */
  'heard/correct': {
    request: z.object({ id: z.string().min(1).max(500), intent: IntentSchema }),
    from: ['extension'],
    response: z.object({ id: z.string(), intent: IntentSchema, exchange: ExchangeSchema }),
  },
  /**
   * Inline hints → background: the user clicked "Why?" beside a hint; opens Rapport's "Why?" page at that principle
   * in a tab of its own (one tab, reused). The page is not web-accessible, so LinkedIn cannot probe for it, and the
   * answer is empty: the page learns nothing, and nothing is done on LinkedIn.
   */
  'why/open': {
    request: z.object({ section: SectionSchema }).strict(),
    from: ['content'],
    response: Empty,
  },
  /** Content script → background: the give/ask balance with the person a box writes to, for its badge. */
  'reciprocity/get': {
    request: RecipientSchema,
    from: ['content'],
    response: z.object({
      status: RecipientStatusSchema,
      contactId: z.string().nullable(),
      name: z.string().nullable(),
      asksSinceMyLastGive: z.number().int(),
      lastGiveAt: z.number().nullable(),
      summary: z.string(),
    }),
  },
  /** Side panel → background: a follow-up was done. Stores doneAt and logs the follow-up; the same key twice is a no-op. */
  'followup/done': {
    request: FollowUpDoneSchema,
    from: ['extension'],
    response: z.object({ key: z.string(), interactionId: z.string(), created: z.boolean() }),
  },
  /** Popup or side panel → background: take back a logged interaction (Undo, or delete from the timeline). */
  'interaction/delete': {
    request: InteractionDeleteSchema,
    from: ['extension'],
    response: z.object({ id: z.string(), deleted: z.boolean() }),
  },
  /** Popup or side panel → background: correct a logged interaction from the timeline. */
  'interaction/edit': {
    request: InteractionEditSchema,
    from: ['extension'],
    response: z.object({ id: z.string() }),
  },
  /** Side panel → background: take back a "Done"; the follow-up returns and a promise it kept is open again. */
  'followup/undo': {
    request: FollowUpUndoSchema,
    from: ['extension'],
    response: z.object({ key: z.string(), undone: z.boolean() }),
  },
  /** Side panel → background: hide a follow-up until a moment (epoch ms). */
  'followup/snooze': {
    request: FollowUpSnoozeSchema,
    from: ['extension'],
    response: z.object({ key: z.string(), snoozedUntil: z.number() }),
  },
  'commitment/add': {
    request: CommitmentAddSchema,
    from: ['extension'],
    response: z.object({ id: z.string(), created: z.boolean() }),
  },
  'commitment/set-status': {
    request: CommitmentSetStatusSchema,
    from: ['extension'],
    response: z.object({ id: z.string(), status: CommitmentStatusSchema }),
  },
  /**
   * Popup → background: the user's answer to "is this the person from your export?" for a record without a
   * profile address (an old export's connection). `same` joins it into the profile's record, history and all;
   * otherwise it is never offered for this profile again.
   */
  'contact/same-person': {
    request: z.object({
      contactId: z.string().min(1).max(200),
      unlinkedId: z.string().min(1).max(200),
      same: z.boolean(),
    }),
    from: ['extension'],
    response: z.object({ contactId: z.string(), interactionsMoved: z.number().int() }),
  },
  /** Deletes one person with their interactions, promises and follow-up states. */
  'contact/delete': {
    request: ContactDeleteSchema,
    from: ['extension'],
    response: z.object({ deleted: z.number().int() }),
  },
  /** Options → background: "this is me", the user's own profile picked among the contacts (shared ground needs it). */
  'own-profile/pick': {
    request: z.object({ contactId: z.string().min(1).max(200) }),
    from: ['extension'],
    response: z.object({ publicId: z.string() }),
  },
  /** Options → background: forget the user's own profile. */
  'own-profile/clear': { request: Empty, from: ['extension'], response: z.object({ cleared: z.boolean() }) },
  ...importProtocol,
  ...socialProtocol,
  'data/export': { request: Empty, from: ['extension'], response: BackupSchema },
  /** Deletes everything; `confirm` must be the literal word so a stray message cannot wipe data. */
  'data/wipe': {
    request: z.object({ confirm: z.literal('wipe') }),
    from: ['extension'],
    response: z.object({ deleted: z.number().int() }),
  },
  /** Extension pages → background: captures the database refused for lack of space, waiting to be written. */
  'captures/unsaved': {
    request: Empty,
    from: ['extension'],
    response: z.object({ waiting: z.number().int(), lost: z.number().int(), since: z.number().nullable() }),
  },
  /** Extension pages → background: write the waiting captures now (the user freed some space). */
  'captures/retry': {
    request: Empty,
    from: ['extension'],
    response: z.object({ saved: z.number().int(), waiting: z.number().int() }),
  },
  /**
   * Extension pages → background: save a change to the settings. The background is their only writer (content
   * scripts can write extension storage, so what it holds decides nothing): lib/settings/owner.ts.
   */
  'settings/save': {
    request: z.object({ change: SettingsChangeSchema }).strict(),
    from: ['extension'],
    response: z.custom<Settings>(),
  },
  /** Content script → background: the user ignored a hint or hid hints on a box, from its panel. */
  'settings/remember': { request: RememberSchema, from: ['content'], response: Empty },
  /** Extension pages → background: the user has read that some captures were lost. */
  'captures/forget-lost': { request: Empty, from: ['extension'], response: Empty },
} as const satisfies ProtocolEntries;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Protocol[K]['response']>;
