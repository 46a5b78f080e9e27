import { remakeCards } from '../queue-cards-middleware';
import type { SchemaVersion } from './types';

// Scale (issue 13). The queue read every card whole on each open, to show twenty rows a group: 0.44 MB for 1,490
// cadence people, most of it their page, role, notes and career, which only a row on screen uses (read then, with
// the whole contact). The cards now hold what finding a cadence needs; they are made again from the contacts.
export const v14: SchemaVersion = {
  version: 14,
  stores: {},
  upgrade: remakeCards,
};
