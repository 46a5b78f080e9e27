import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import type { FollowUpState } from '../schema/follow-up';
import type { Interaction } from '../schema/interaction';
import type { ImportPlan } from './import-plan';

export interface ChunkRecords {
  contacts: Contact[];
  interactions: Interaction[];
  commitments?: Commitment[];
  followUps?: FollowUpState[];
}

export function chunkCount(plan: ImportPlan, size: number): number {
  return Math.max(Math.ceil(plan.contacts.length / size), Math.ceil(plan.interactions.length / size), 1);
}

/** The seq-th slice of the plan: up to `size` contacts and `size` interactions. */
export function chunkOf(plan: ImportPlan, seq: number, size: number): ChunkRecords {
  const from = seq * size;
  return {
    contacts: plan.contacts.slice(from, from + size),
    interactions: plan.interactions.slice(from, from + size),
  };
}
