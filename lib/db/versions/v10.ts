import type { SchemaVersion } from './types';

// The background's own copy of the settings (issue 11): extension storage is writable by every content script,
// so the privacy decisions (excerpts, reading conversations, capture) are taken from this copy, which only the
// background reaches, and storage holds a mirror the background puts back whenever anyone else changes it. Empty
// after the upgrade: the first start seeds it from storage (lib/settings/owner.ts).
export const v10: SchemaVersion = {
  version: 10,
  stores: { settings: 'key' },
};
