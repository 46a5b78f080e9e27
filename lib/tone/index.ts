export { analyzeTone, TONE_RULES } from './analyze';
export { intentOnly } from './intent-only';
export type { ToneRuleInfo } from './rules/rule';
export type * from './types';
