import type { RuleKey } from '../rules/keys';

/** The shape stored settings have today; older ones are upgraded on read, and saved so by the background worker. */
export const SETTINGS_VERSION = 2;

type StoredSettings = Record<string, unknown>;

// The rule ids that existed when settings held bare ids (version 1), frozen here: a rule added later never had a
// bare id, and a registry that changes must not change what an old setting meant.
const V1_IDS = {
  tone: [
    'greeting',
    'recipient-name',
    'gratitude',
    'you-focus',
    'open-question',
    'closed-questions',
    'personal-reference',
    'generic-template',
    'ask-before-give',
    'single-ask',
    'sentence-length',
    'readability',
    'length-limit',
    'shouting',
    'slang',
    'profanity',
    'emoji',
    'over-apologising',
    'minimising',
    'self-deprecation',
    'hedging',
    'pressure',
  ],
  queue: ['meeting-follow-up', 'thanks-owed', 'promise-due', 'cadence', 'weak-tie'],
  nudge: ['ask-before-give', 'return-favour'],
} as const;

/**
 * v1 → v2: each bare id becomes the key of every rule that had it. `ask-before-give` was both a tone rule and a
 * nudge, and one switch turned both off, so an old "off" keeps both off: nothing the user sees changes until they
 * switch one back on, which now leaves the other alone. Keys already namespaced pass through; unknown ids go.
 */
function namespaceRuleIds(stored: StoredSettings): StoredSettings {
  const old = Array.isArray(stored.disabledRules) ? stored.disabledRules : [];
  const keys = new Set<RuleKey>();
  for (const id of old) {
    if (typeof id !== 'string') continue;
    if (/^(tone|queue|nudge):/.test(id)) keys.add(id as RuleKey);
    for (const [namespace, ids] of Object.entries(V1_IDS))
      if ((ids as readonly string[]).includes(id)) keys.add(`${namespace}:${id}` as RuleKey);
  }
  return { ...stored, disabledRules: [...keys] };
}

/** Each step upgrades settings of the version before its index + 2; append only. */
const STEPS: readonly ((stored: StoredSettings) => StoredSettings)[] = [namespaceRuleIds];

/** Stored settings of any earlier version (no version recorded means 1), upgraded to `SETTINGS_VERSION`. */
export function migrateSettings(stored: StoredSettings, version: number | undefined): StoredSettings {
  let upgraded = stored;
  for (let from = version ?? 1; from < SETTINGS_VERSION; from++) upgraded = STEPS[from - 1]!(upgraded);
  return upgraded;
}
