export { analyzeTone, TONE_RULES } from './analyze';
export { intentOnly } from './intent-only';
export type { ToneRuleInfo } from './rules/rule';
export { SITUATION_LABELS, situationOf } from './situation';
export type * from './types';
export { POSITIONS, SITUATIONS } from './types';
