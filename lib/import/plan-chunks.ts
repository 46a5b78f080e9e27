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

/** The records a chunk holds, as the import counts them (contacts and interactions). */
export const recordsIn = (chunk: ChunkRecords) => chunk.contacts.length + chunk.interactions.length;

export function chunkCount(plan: ImportPlan, size: number): number {
  return Math.max(Math.ceil(plan.contacts.length / size), Math.ceil(plan.interactions.length / size), 1);
}

/**
 * The seq-th slice of the plan: up to `size` contacts and `size` interactions, their intents read here when the
 * plan left them for later.
 */
export function chunkOf(plan: ImportPlan, seq: number, size: number): ChunkRecords {
  const from = seq * size;
  const interactions = plan.interactions.slice(from, from + size);
  const later = plan.intentsLater;
  return {
    contacts: plan.contacts.slice(from, from + size),
    interactions: later
      ? interactions.map((row, i) => ({ ...row, intent: later.intentOf(later.texts[from + i]!) }))
      : interactions,
  };
}
