import { cadenceRule } from './cadence';
import { meetingFollowUp } from './meeting-follow-up';
import { newRole } from './new-role';
import { promiseDue } from './promise-due';
import type { QueueRule } from './rule';
import { thanksOwed } from './thanks-owed';
import { weakTie } from './weak-tie';

/** Every source of follow-ups, for the queue and for the options page's rules on/off list. */
export const QUEUE_RULES = [
  meetingFollowUp,
  thanksOwed,
  promiseDue,
  cadenceRule,
  weakTie,
  newRole,
] as const satisfies readonly QueueRule[];
