import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import type { IntroRequest, MutualChoice, NetworkingEvent } from '../schema/event';
import type { FollowUpState } from '../schema/follow-up';
import type { HeardMessage } from '../schema/heard-message';
import type { Interaction } from '../schema/interaction';
import type { OwnProfile } from '../schema/own-profile';

/** The records of one staged slice of an import or a restore (a backup's tables included), as checked on arrival. */
export interface StagedRecords {
  contacts: Contact[];
  interactions: Interaction[];
  /** Only a backup being restored carries these. */
  commitments?: Commitment[];
  followUps?: FollowUpState[];
  ownProfile?: OwnProfile[];
  heard?: HeardMessage[];
  events?: NetworkingEvent[];
  intros?: IntroRequest[];
  mutualChoices?: MutualChoice[];
}

/**
 * One slice of an import waiting in the staging table until the commit applies the whole import at once. Its
 * checked records are kept as their JSON (one string), not as objects: IndexedDB's serialiser walking ~60 MB of
 * records over an import's chunks cost more than writing the same as strings (the commit parses them back,
 * readStaged).
 */
export interface StagedChunk {
  importId: string;
  seq: number;
  json: string;
}
