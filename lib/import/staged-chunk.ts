import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import type { IntroRequest, MutualChoice, NetworkingEvent } from '../schema/event';
import type { FollowUpState } from '../schema/follow-up';
import type { Interaction } from '../schema/interaction';

/** One slice of an import waiting in the staging table until the commit applies the whole import at once. */
export interface StagedChunk {
  importId: string;
  seq: number;
  contacts: Contact[];
  interactions: Interaction[];
  /** Only a backup being restored carries these. */
  commitments?: Commitment[];
  followUps?: FollowUpState[];
  events?: NetworkingEvent[];
  intros?: IntroRequest[];
  mutualChoices?: MutualChoice[];
}
