import type { SchemaVersion } from './types';

// Import speed (issue 13, item 2): every index is kept on every write of a contact, and nothing reads these three
// any more: `cadenceDays` and `*tags` since the queue cards (v11) hold the people on a cadence set by hand, and
// `company` never had a reader (search finds a company through `*searchWords`). An imported contact carries a
// company, so `company` cost an entry per person (the other two hold none for it: no cadence, no tags). Put into
// Chromium's IndexedDB without the three, 30,000 imported-like contacts took 0.91 of the time with them (median of
// six side-by-side pairs, loaded). Dropping an index changes no row.
export const v18: SchemaVersion = {
  version: 18,
  stores: {
    contacts: 'id, name, lastSeenAt, lastInteractionAt, *searchWords, roleChangedAt, *aliases',
  },
};
