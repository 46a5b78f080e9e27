import { z } from 'zod';
import { isRuleKey, type RuleKey } from '../rules/keys';

/** A rule's settings key, `tone:`, `queue:` or `nudge:` and its id. */
export const RuleKeySchema = z.custom<RuleKey>(isRuleKey, 'not a rule key (tone:…, queue:… or nudge:…)');

/** User settings, kept in extension storage so content scripts can read them without IndexedDB. */
export const SettingsSchema = z.object({
  /** Hours after a meeting when a follow-up becomes due, and when it counts as late (whitepaper: 24–48 h). */
  followUpWindowHours: z.tuple([z.number().min(1), z.number().min(1)]).default([24, 48]),
  /** Default keep-in-touch cadence in days for contacts without one; null for none. */
  defaultCadenceDays: z.number().int().positive().nullable().default(null),
  /** Cadence in days per tag, e.g. {"mentor": 30}. */
  tagCadences: z.record(z.string(), z.number().int().positive()).default({}),
  /** Days without contact after which a weak tie is suggested for revival. */
  weakTieDays: z.number().int().positive().default(180),
  /** Tone rules, queue rules and nudges switched off, each by its namespaced key. */
  disabledRules: z.array(RuleKeySchema).default([]),
  /** Inline hints on LinkedIn message boxes. */
  inlineHints: z.boolean().default(true),
  /** Profile capture on LinkedIn pages. */
  captureProfiles: z.boolean().default(true),
  /** Store a short excerpt of messages sent (off by default: only intent and time are kept). */
  storeExcerpts: z.boolean().default(false),
  /** Hide the tone badge on LinkedIn boxes entirely; the underlines stay unless inline hints are off. */
  hideBadge: z.boolean().default(false),
  /** Hints the user chose to ignore, as `<rule id>:<fingerprint of the flagged text>` (the text itself is not kept). */
  ignoredHints: z.array(z.string().max(200)).default([]),
  /** Boxes the user dismissed hints on, as `<box kind>:<recipient id or name>`. */
  dismissedBoxes: z.array(z.string().max(300)).default([]),
  /** Desktop notifications for overdue follow-ups (opt-in). */
  notifications: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;
