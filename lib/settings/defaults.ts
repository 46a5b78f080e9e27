import type { Settings } from '../schema/settings';

// Plain data, free of zod, so content scripts can read settings without carrying the schema library.
export const DEFAULT_SETTINGS: Settings = {
  followUpWindowHours: [24, 48],
  defaultCadenceDays: null,
  tagCadences: {},
  weakTieDays: 180,
  disabledRules: [],
  inlineHints: true,
  captureProfiles: true,
  readConversations: true,
  storeExcerpts: false,
  hideBadge: false,
  ignoredHints: [],
  dismissedBoxes: [],
  notifications: false,
};
