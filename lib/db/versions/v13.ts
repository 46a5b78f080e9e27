import { remakeCards } from '../queue-cards-middleware';
import type { SchemaVersion } from './types';

// Scale (issue 13). The queue cards held each person's summary beside their slim contact: three fifths of the
// bytes the queue read (1.07 MB for 1,490 cadence people at 500,000 interactions), for what to mention, which the
// queue now reads for the rows the side panel shows. The cards are made again from the contacts, without it.
export const v13: SchemaVersion = {
  version: 13,
  stores: {},
  upgrade: remakeCards,
};
