import { z } from 'zod';

/**
 * An in-person event the user said they are at ("I'm at an event"): everyone marked "met here" while it is on, or
 * later the same day, is followed up in one batch once it ends.
 */
export const NetworkingEventSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  /** The event's calendar day as the user named it (YYYY-MM-DD), in `timeZone`. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The IANA zone the user was in when starting it: "the same day" is judged there, not where the user is later. */
  timeZone: z.string().min(1).max(100),
  startedAt: z.number(),
  /** When the user ended it (epoch ms); null while it is on. */
  endedAt: z.number().nullable().default(null),
});
export type NetworkingEvent = z.infer<typeof NetworkingEventSchema>;

/** An intro request drafted to someone who knows the person the user wants to meet (double opt-in). */
export const IntroRequestSchema = z.object({
  id: z.string().min(1).max(400),
  /** The mutual connection asked to introduce. */
  introducerId: z.string().min(1).max(200),
  /** The person the user would like to meet. */
  targetId: z.string().min(1).max(200),
  targetName: z.string().max(200),
  draftedAt: z.number(),
  /** When the user sent it (seen by the send recorder, or marked sent by hand); null while only drafted. */
  sentAt: z.number().nullable().default(null),
  /** The ask logged on the introducer when it was sent. */
  interactionId: z.string().nullable().default(null),
});
export type IntroRequest = z.infer<typeof IntroRequestSchema>;

/** The user's answer to "which Ada Lindqvist is this?" for one profile's mutual connection: never guessed. */
export const MutualChoiceSchema = z.object({
  /** The profile whose mutual connections list showed the name. */
  profileId: z.string().min(1).max(200),
  /** The shown name's folded words (lib/social/mutual-match.ts `mutualChoiceKey`). */
  shownKey: z.string().min(1).max(200),
  /** The contact meant, or null for "none of my contacts". */
  contactId: z.string().min(1).max(200).nullable(),
});
export type MutualChoice = z.infer<typeof MutualChoiceSchema>;
