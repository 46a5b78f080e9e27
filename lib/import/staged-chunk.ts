import type { Contact } from '../schema/contact';
import type { Interaction } from '../schema/interaction';

/** One slice of an import waiting in the staging table until the commit applies the whole import at once. */
export interface StagedChunk {
  importId: string;
  seq: number;
  contacts: Contact[];
  interactions: Interaction[];
}
