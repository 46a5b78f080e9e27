import type { QueueRuleId } from '../rules/keys';
import type { Principle } from '../rules/sections';
import type { Commitment } from '../schema/commitment';
import type { NetworkingEvent } from '../schema/event';
import type { FollowUpState } from '../schema/follow-up';
import type { Intent, Interaction, InteractionKind } from '../schema/interaction';
import type { Settings } from '../schema/settings';
import type { QueueContact } from './queue-contact';

/** What the engine needs; the loader fills it with indexed queries, so it holds only what can be due. */
export interface QueueInputs {
  contacts: readonly QueueContact[];
  /** The recent history of those contacts: rules never need anyone's full history. */
  interactions: readonly Interaction[];
  commitments: readonly Commitment[];
  followUps: readonly FollowUpState[];
  /** Events recently ended or still on, for the event batch; none when the caller has no use for it. */
  events?: readonly NetworkingEvent[];
  settings: Settings;
  now: number;
  /** IANA zone for calendar days and dates in the text, e.g. "Europe/Stockholm". */
  timeZone: string;
}

/** The labels of the specifics a follow-up carries (lib/engine/specifics.ts › specificsFor). */
export type SpecificLabel = 'Where you met' | 'Your last note' | 'What they shared' | 'Their role';

/** Something worth mentioning in the follow-up: where you met, your last note, what they shared. */
export interface Specific {
  label: string;
  text: string;
}

/** What "done" logs, so the history shows the follow-up happened. */
export interface LogAs {
  kind: InteractionKind;
  intent?: Intent;
}

export interface FollowUpItem {
  /** Stable across recomputations (rule and origin), so snooze and done stick to it. */
  key: string;
  ruleId: QueueRuleId;
  contactId: string;
  contactName: string;
  profileUrl: string;
  /** Why it is in the queue, e.g. "You met Ada at Web Summit on Tue 2 Jun". */
  reason: string;
  /** What to do, e.g. "Follow up by Thu 4 Jun". */
  action: string;
  principle: Principle;
  specifics: Specific[];
  /** When it is due (epoch ms). */
  dueAt: number;
  /** A hard item is late after dueAt; a soft one (a suggestion) is never shown as overdue. */
  hard: boolean;
  /** 1 is most pressing. */
  priority: 1 | 2 | 3;
  logAs: LogAs;
  /** Done on a promise of mine marks the commitment kept. */
  keepsCommitment?: string;
  /** The event batch it belongs to, and its place there (oldest promise first). */
  batch?: { id: string; name: string; order: number };
}

/**
 * A rule's finding before the queue adds the contact, the principle and the specifics. Its reason is worded when
 * the person's name is known: a loader finds two thousand items and shows some eighty of them, most of the others'
 * people known without their name (lib/db/queries/load-queue.ts), so it words the shown ones only.
 */
export type QueueFinding = Pick<
  FollowUpItem,
  'key' | 'contactId' | 'action' | 'dueAt' | 'hard' | 'priority' | 'logAs'
> &
  Partial<Pick<FollowUpItem, 'keepsCommitment' | 'batch'>> & {
    /** The item's `reason`, with the person called `name`. */
    reasonFor(name: string): string;
  };
