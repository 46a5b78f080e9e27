import { remakeCards } from '../queue-cards-middleware';
import type { SchemaVersion } from './types';

// Scale (issue 13, item 3). The queue reads every card row on each open: 32 rows, 1,490 cards, an object per person
// with its four field names. The cards are now kept in columns (lib/db/queue-cards-middleware.ts › QueueCardChunk),
// which Chromium reads in about half the time (32 rows of 1,504 cards: 9.0 ms instead of 15.4, loaded, side by
// side); they are made again from the contacts.
export const v17: SchemaVersion = {
  version: 17,
  stores: {},
  upgrade: remakeCards,
};
