import { cadenceRule } from './cadence';
import { eventFollowUp } from './event-follow-up';
import { meetingFollowUp } from './meeting-follow-up';
import { promiseDue } from './promise-due';
import type { QueueRule } from './rule';
import { thanksOwed } from './thanks-owed';
import { weakTie } from './weak-tie';

/** Every source of follow-ups, for the queue and for the options page's rules on/off list. */
export const QUEUE_RULES = [
  meetingFollowUp,
  eventFollowUp,
  thanksOwed,
  promiseDue,
  cadenceRule,
  weakTie,
] as const satisfies readonly QueueRule[];
