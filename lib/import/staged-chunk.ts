import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import type { IntroRequest, MutualChoice, NetworkingEvent } from '../schema/event';
import type { FollowUpState } from '../schema/follow-up';
import type { HeardMessage } from '../schema/heard-message';
import type { Interaction } from '../schema/interaction';
import type { OwnProfile } from '../schema/own-profile';

/** One slice of an import waiting in the staging table until the commit applies the whole import at once. */
export interface StagedChunk {
  importId: string;
  seq: number;
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
