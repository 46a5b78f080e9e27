import type { LEDGER_NUDGES } from '../engine/nudges';
import type { QUEUE_RULES } from '../engine/rules';
import type { RULES } from '../tone/rules';

// Types only: content scripts read settings with these keys and must not carry the registries themselves.
export type ToneRuleId = (typeof RULES)[number]['id'];
export type QueueRuleId = (typeof QUEUE_RULES)[number]['id'];
export type NudgeId = (typeof LEDGER_NUDGES)[number]['id'];

export type RuleNamespace = 'tone' | 'queue' | 'nudge';

/**
 * How settings name a rule to switch it off: the registry and the rule's id. Ids are unique within a registry
 * only (the tone rule and the nudge `ask-before-give` are two different rules), so a bare id is never a key.
 * Stored settings hold this loose form (the settings type cannot depend on the registries, whose rules read
 * settings); keys are made only by the typed helpers below, so a misspelt id does not compile.
 */
export type RuleKey = `${RuleNamespace}:${string}`;

export type ToneRuleKey = `tone:${ToneRuleId}`;
export type QueueRuleKey = `queue:${QueueRuleId}`;
export type NudgeKey = `nudge:${NudgeId}`;

export const toneKey = (id: ToneRuleId): ToneRuleKey => `tone:${id}`;
export const queueKey = (id: QueueRuleId): QueueRuleKey => `queue:${id}`;
export const nudgeKey = (id: NudgeId): NudgeKey => `nudge:${id}`;

/** The shape of a key, checkable without the registries (a key of a rule since removed is harmless). */
export const RULE_KEY_PATTERN = /^(tone|queue|nudge):[a-z0-9]+(-[a-z0-9]+)*$/;

export function isRuleKey(value: unknown): value is RuleKey {
  return typeof value === 'string' && value.length <= 100 && RULE_KEY_PATTERN.test(value);
}
