import { z } from 'zod';
import { isRuleKey, type RuleKey } from '../rules/keys';

/** A rule's settings key, `tone:`, `queue:` or `nudge:` and its id. */
export const RuleKeySchema = z.custom<RuleKey>(isRuleKey, 'not a rule key (tone:…, queue:… or nudge:…)');

/** A number of days: ten years covers every real cadence. */
const Days = z.number().int().positive().max(3650);
const Hours = z
  .number()
  .min(1)
  .max(3650 * 24);

/**
 * User settings, kept in extension storage so content scripts can read them without IndexedDB. Every read goes
 * through lib/settings/validate.ts (zod-free, for content scripts), which tests/security holds to this schema.
 */
export const SettingsSchema = z.object({
  /** Hours after a meeting when a follow-up becomes due, and when it counts as late (whitepaper: 24–48 h). */
  followUpWindowHours: z.tuple([Hours, Hours]).default([24, 48]),
  /** Default keep-in-touch cadence in days for contacts without one; null for none. */
  defaultCadenceDays: Days.nullable().default(null),
  /** Cadence in days per tag, e.g. {"mentor": 30}. */
  tagCadences: z.record(z.string(), Days).default({}),
  /** Days without contact after which a weak tie is suggested for revival. */
  weakTieDays: Days.default(180),
  /** Tone rules, queue rules and nudges switched off, each by its namespaced key. */
  disabledRules: z.array(RuleKeySchema).max(5000).default([]),
  /** Inline hints on LinkedIn message boxes. */
  inlineHints: z.boolean().default(true),
  /** Profile capture on LinkedIn pages. */
  captureProfiles: z.boolean().default(true),
  /** Read the open LinkedIn conversation (their messages) for reply coaching and the ledger; off reads nothing. */
  readConversations: z.boolean().default(true),
  /** Store a short excerpt of messages sent (off by default: only intent and time are kept). */
  storeExcerpts: z.boolean().default(false),
  /** Hide the tone badge on LinkedIn boxes entirely; the underlines stay unless inline hints are off. */
  hideBadge: z.boolean().default(false),
  /** Hints the user chose to ignore, as `<rule id>:<fingerprint of the flagged text>` (the text itself is not kept). */
  ignoredHints: z.array(z.string().max(200)).max(5000).default([]),
  /** Boxes the user dismissed hints on, as `<box kind>:<recipient id or name>`. */
  dismissedBoxes: z.array(z.string().max(300)).max(5000).default([]),
  /** Desktop notifications for overdue follow-ups (opt-in). */
  notifications: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * A change to some settings as an extension page saves it: known fields only, each valid as it is (no default fills
 * a field the change does not name, so saving one switch never resets another).
 */
export const SettingsChangeSchema = z.custom<Partial<Settings>>(
  (change) =>
    typeof change === 'object' &&
    change !== null &&
    !Array.isArray(change) &&
    Object.entries(change).every(
      ([key, value]) =>
        value !== undefined &&
        Object.hasOwn(SettingsSchema.shape, key) &&
        SettingsSchema.shape[key as keyof Settings].safeParse(value).success,
    ),
  'not a change to known settings, each with a valid value',
);

/** What a content script may add to the settings: one entry to one of the two lists a box's panel keeps. */
export const RememberSchema = z.discriminatedUnion('list', [
  z.object({ list: z.literal('ignoredHints'), key: z.string().min(1).max(200) }).strict(),
  z.object({ list: z.literal('dismissedBoxes'), key: z.string().min(1).max(300) }).strict(),
]);
