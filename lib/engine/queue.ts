import { type QueueRuleId, queueKey } from '../rules/keys';
import type { FollowUpState } from '../schema/follow-up';
import { hiddenKeys } from './hidden-keys';
import type { QueueContact } from './queue-contact';
import { QUEUE_RULES } from './rules';
import type { QueueRule } from './rules/rule';
import { specificsFor } from './specifics';
import type { FollowUpItem, QueueFinding, QueueInputs } from './types';
import { buildView, type EngineView } from './view';

type RegisteredQueueRule = QueueRule & { id: QueueRuleId };

/** What the enabled rules found, before snoozed and done items are taken out. */
export interface QueueFindings {
  view: EngineView;
  byRule: { rule: RegisteredQueueRule; findings: QueueFinding[] }[];
}

/** Runs every enabled rule. Split from `finishQueue` so a loader can read the states of just these keys. */
export function findQueue(inputs: Omit<QueueInputs, 'followUps'>): QueueFindings {
  const view = buildView(inputs);
  const disabled = new Set(inputs.settings.disabledRules);
  const rules = QUEUE_RULES.filter((rule) => !disabled.has(queueKey(rule.id)));
  return { view, byRule: rules.map((rule) => ({ rule, findings: rule.find(view) })) };
}

export const findingKeys = ({ byRule }: QueueFindings): string[] =>
  byRule.flatMap(({ findings }) => findings.map((finding) => finding.key));

/** How `finishQueue` completes the findings. */
export interface FinishOptions {
  /** What to mention, out of each person's history; false for a loader that reads it when a row is opened. */
  specifics?: boolean;
  /**
   * The people known without their name (a loader's partial contacts): their items' reason is left blank, for the
   * loader to word once their name is read (`QueueFinding.reasonFor`), for the rows it shows only.
   */
  unnamed?: { has(contact: QueueContact): boolean };
}

function itemsOf(
  rule: RegisteredQueueRule,
  findings: QueueFinding[],
  view: EngineView,
  hidden: ReadonlySet<string>,
  { specifics = true, unnamed }: FinishOptions,
) {
  const items: FollowUpItem[] = [];
  // One object for the rule's items: it is the rule's, the same for each.
  const principle = { section: rule.section, why: rule.why };
  for (const finding of findings) {
    const contact = view.contacts.get(finding.contactId);
    // A contact deleted while a follow-up pointed at it simply has no item: nothing dangles.
    if (!contact || hidden.has(finding.key)) continue;
    // Built field by field, not spread from the finding: its reasonFor is not the item's.
    items.push({
      key: finding.key,
      ruleId: rule.id,
      contactId: finding.contactId,
      contactName: contact.name,
      profileUrl: contact.profileUrl,
      reason: unnamed?.has(contact) ? '' : finding.reasonFor(contact.name),
      action: finding.action,
      principle,
      specifics: specifics ? specificsFor(contact, view.history.get(contact.id)) : [],
      dueAt: finding.dueAt,
      hard: finding.hard,
      priority: finding.priority,
      logAs: finding.logAs,
      keepsCommitment: finding.keepsCommitment,
      batch: finding.batch,
    });
    if (rule.limit !== undefined && items.length >= rule.limit) break;
  }
  return items;
}

/** Earliest due first; on the same moment, the more pressing one, then an event batch's own order. */
export function byDueThenPriority(a: FollowUpItem, b: FollowUpItem): number {
  return (
    a.dueAt - b.dueAt ||
    a.priority - b.priority ||
    (a.batch?.order ?? 0) - (b.batch?.order ?? 0) ||
    a.key.localeCompare(b.key)
  );
}

/** The findings minus those done or snoozed, completed with the person, the principle and what to mention. */
export function finishQueue(
  { view, byRule }: QueueFindings,
  followUps: readonly FollowUpState[],
  options: FinishOptions = {},
): FollowUpItem[] {
  const hidden = hiddenKeys(followUps, view.now);
  return byRule
    .flatMap(({ rule, findings }) => itemsOf(rule, findings, view, hidden, options))
    .sort(byDueThenPriority);
}

/** The follow-up queue: every enabled rule's items, minus those done or snoozed. Pure: same inputs, same queue. */
export function computeQueue(inputs: QueueInputs): FollowUpItem[] {
  return finishQueue(findQueue(inputs), inputs.followUps);
}
