import { hiddenKeys } from './hidden-keys';
import { QUEUE_RULES } from './rules';
import type { QueueRule } from './rules/rule';
import { specificsFor } from './specifics';
import type { FollowUpItem, QueueInputs } from './types';
import { buildView, type EngineView } from './view';

function itemsOf(rule: QueueRule, view: EngineView, hidden: ReadonlySet<string>): FollowUpItem[] {
  const items: FollowUpItem[] = [];
  for (const finding of rule.find(view)) {
    const contact = view.contacts.get(finding.contactId);
    // A contact deleted while a follow-up pointed at it simply has no item: nothing dangles.
    if (!contact || hidden.has(finding.key)) continue;
    items.push({
      ...finding,
      ruleId: rule.id,
      contactName: contact.name,
      profileUrl: contact.profileUrl,
      principle: { section: rule.section, why: rule.why },
      specifics: specificsFor(contact, view.history.get(contact.id)),
    });
    if (rule.limit !== undefined && items.length >= rule.limit) break;
  }
  return items;
}

/** Earliest due first; on the same moment, the more pressing one. */
export function byDueThenPriority(a: FollowUpItem, b: FollowUpItem): number {
  return a.dueAt - b.dueAt || a.priority - b.priority || a.key.localeCompare(b.key);
}

const enabledRules = (inputs: QueueInputs) => {
  const disabled = new Set(inputs.settings.disabledRules);
  return QUEUE_RULES.filter((rule) => !disabled.has(rule.id));
};

/** The follow-up queue: every enabled rule's items, minus those done or snoozed. Pure: same inputs, same queue. */
export function computeQueue(inputs: QueueInputs): FollowUpItem[] {
  const view = buildView(inputs);
  const hidden = hiddenKeys(inputs.followUps, inputs.now);
  return enabledRules(inputs)
    .flatMap((rule) => itemsOf(rule, view, hidden))
    .sort(byDueThenPriority);
}

/** The keys the rules find before snoozed and done ones are taken out, so their states can be read by key. */
export function candidateKeys(inputs: Omit<QueueInputs, 'followUps'>): string[] {
  const view = buildView({ ...inputs, followUps: [] });
  return enabledRules({ ...inputs, followUps: [] }).flatMap((rule) =>
    rule.find(view).map((finding) => finding.key),
  );
}
