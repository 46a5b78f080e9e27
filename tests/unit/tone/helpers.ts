import type { ToneContext, ToneHint } from '../../../lib/tone';
import { judgementInputs } from '../../../lib/tone/judgement/inputs';

/**
 * What one rule finds in a draft, with the text each finding covers: the rule on its own, before the judgement
 * decides which hints to show (at most three, grouped; tests/unit/tone/hint-selection.test.ts covers that step).
 */
export function hintsOf(
  ruleId: string,
  text: string,
  context: ToneContext = {},
): (ToneHint & { covers: string })[] {
  return judgementInputs(text, context)
    .findings.filter((hint) => hint.ruleId === ruleId)
    .map((hint) => ({ ...hint, covers: text.slice(hint.start, hint.end) }));
}
