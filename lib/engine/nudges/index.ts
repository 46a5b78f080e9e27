import { nudgeKey } from '../../rules/keys';
import type { Contact } from '../../schema/contact';
import { computeLedger } from '../ledger';
import { computeQueue } from '../queue';
import type { QueueInputs } from '../types';
import { askBeforeGive } from './ask-before-give';
import type { LedgerNudgeRule, Nudge } from './nudge';
import { returnFavour } from './return-favour';

export const MAX_NUDGES = 3;
/** Every nudge read off the give/ask balance, for the popup and the options page's on/off list. */
export const LEDGER_NUDGES = [askBeforeGive, returnFavour] as const satisfies readonly LedgerNudgeRule[];

/** The queue's inputs narrowed to one person. */
export type NudgeInputs = Omit<QueueInputs, 'contacts'> & { contact: Contact };

/**
 * At most three nudges for the person on screen, most useful first: the queue's items for them (a follow-up
 * due, thanks owed, a promise) and what their give/ask balance suggests. Switched-off rules and nudges are skipped.
 */
export function computeNudges(inputs: NudgeInputs): Nudge[] {
  const { settings, now, timeZone } = inputs;
  const disabled = new Set(settings.disabledRules);
  const ledger = computeLedger(inputs.interactions, { now });
  const fromLedger = LEDGER_NUDGES.filter((rule) => !disabled.has(nudgeKey(rule.id))).flatMap(
    (rule) => rule.make(ledger, now, timeZone) ?? [],
  );
  const fromQueue = computeQueue({ ...inputs, contacts: [inputs.contact] }).map(
    (item): Nudge => ({
      id: item.ruleId,
      text: `${item.action}: ${item.reason}`,
      section: item.principle.section,
      why: item.principle.why,
      priority: item.priority,
    }),
  );
  // Stable sort: on equal priority the queue's (time-sensitive) items stay ahead of the balance.
  return [...fromQueue, ...fromLedger].sort((a, b) => a.priority - b.priority).slice(0, MAX_NUDGES);
}
