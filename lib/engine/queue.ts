import { type QueueRuleId, queueKey } from '../rules/keys';
import type { FollowUpState } from '../schema/follow-up';
import { hiddenKeys } from './hidden-keys';
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

function itemsOf(
  rule: RegisteredQueueRule,
  findings: QueueFinding[],
  view: EngineView,
  hidden: ReadonlySet<string>,
  withSpecifics: boolean,
) {
  const items: FollowUpItem[] = [];
  for (const finding of findings) {
    const contact = view.contacts.get(finding.contactId);
    // A contact deleted while a follow-up pointed at it simply has no item: nothing dangles.
    if (!contact || hidden.has(finding.key)) continue;
    items.push({
      ...finding,
      ruleId: rule.id,
      contactName: contact.name,
      profileUrl: contact.profileUrl,
      principle: { section: rule.section, why: rule.why },
      specifics: withSpecifics ? specificsFor(contact, view.history.get(contact.id)) : [],
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

/**
 * The findings minus those done or snoozed, completed with the person, the principle and what to mention (unless
 * `specifics` is false: a loader that says what to mention for the rows on screen only).
 */
export function finishQueue(
  { view, byRule }: QueueFindings,
  followUps: readonly FollowUpState[],
  { specifics = true }: { specifics?: boolean } = {},
): FollowUpItem[] {
  const hidden = hiddenKeys(followUps, view.now);
  return byRule
    .flatMap(({ rule, findings }) => itemsOf(rule, findings, view, hidden, specifics))
    .sort(byDueThenPriority);
}

/** The follow-up queue: every enabled rule's items, minus those done or snoozed. Pure: same inputs, same queue. */
export function computeQueue(inputs: QueueInputs): FollowUpItem[] {
  return finishQueue(findQueue(inputs), inputs.followUps);
}
