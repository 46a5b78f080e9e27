export { analyzeTone, TONE_RULES } from './analyze';
export type { ToneRuleInfo } from './rules/rule';
export type * from './types';
