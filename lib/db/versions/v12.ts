import type { SchemaVersion } from './types';

// The network view (issue 16). Drawing the picture of 50,000 people means reading every person and a year of
// exchanges (over 40 s in Chromium's IndexedDB); the page reads instead the picture the background stored the
// last time it drew it, and a marker of when contacts or interactions last changed
// (lib/db/network-stale-middleware.ts), so it can tell whether to ask for a fresh one. Empty after the upgrade: the
// first visit of the page has it drawn.
export const v12: SchemaVersion = {
  version: 12,
  stores: { network: 'key' },
};
