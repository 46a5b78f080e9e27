import { isRuleKey, type RuleKey } from '../rules/keys';
import type { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from './defaults';

// Stored settings are read by every page and every content script, and storage can hold anything: an older
// shape, a bug's output, a value written by a compromised content script. Each field is checked on every read and
// one that fails falls back to its default alone, so one bad value cannot blank a page or take the others with it.
// Plain code, not zod, to keep the schema library out of content scripts; tests/security holds it to
// SettingsSchema.

/** Upper bounds on numbers of days and hours: ten years covers every real cadence. */
const MAX_DAYS = 3650;
const MAX_LIST = 5000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDays = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_DAYS;
const isHours = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= MAX_DAYS * 24;
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** A list keeps its valid entries (at most MAX_LIST); anything but a list is not one. */
const stringList =
  (maxLength: number) =>
  (value: unknown): string[] | undefined =>
    Array.isArray(value)
      ? value
          .filter((item): item is string => typeof item === 'string' && item.length <= maxLength)
          .slice(-MAX_LIST)
      : undefined;

/** Each field's check: the value to use, or undefined when the stored one is not usable. */
const FIELDS: { [K in keyof Settings]: (value: unknown) => Settings[K] | undefined } = {
  followUpWindowHours: (value) =>
    Array.isArray(value) && value.length === 2 && isHours(value[0]) && isHours(value[1])
      ? [value[0], value[1]]
      : undefined,
  defaultCadenceDays: (value) => (value === null || isDays(value) ? value : undefined),
  tagCadences: (value) => {
    if (!isRecord(value)) return undefined;
    const entries = Object.entries(value);
    return entries.length <= MAX_LIST && entries.every(([, days]) => isDays(days))
      ? (Object.fromEntries(entries) as Record<string, number>)
      : undefined;
  },
  weakTieDays: (value) => (isDays(value) ? value : undefined),
  disabledRules: (value) =>
    Array.isArray(value)
      ? value.filter((item): item is RuleKey => isRuleKey(item)).slice(-MAX_LIST)
      : undefined,
  inlineHints: (value) => (isBoolean(value) ? value : undefined),
  captureProfiles: (value) => (isBoolean(value) ? value : undefined),
  storeExcerpts: (value) => (isBoolean(value) ? value : undefined),
  hideBadge: (value) => (isBoolean(value) ? value : undefined),
  ignoredHints: stringList(200),
  dismissedBoxes: stringList(300),
  notifications: (value) => (isBoolean(value) ? value : undefined),
};

const reported = new Set<string>();

/**
 * Settings from whatever storage holds: each field checked, a missing one defaulted, a bad one defaulted and
 * reported once per context (a console warning — the page keeps working and shows the default).
 */
export function validSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? stored : {};
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (raw[key] === undefined) continue;
    const value = FIELDS[key](raw[key]);
    if (value !== undefined) settings[key] = value;
    else if (!reported.has(key)) {
      reported.add(key);
      console.warn(`Rapport: the stored setting "${key}" was not usable; using its default instead.`);
    }
  }
  return settings as Settings;
}
