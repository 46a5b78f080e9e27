// The shipped judgement weights, produced by `npm run train:tone` (scripts/train-tone.ts) from the judged
// LinkedIn messages in ../shared/data/linkedin-messages.
import weights from '../judgement-weights.json';
import { checkWeights, type JudgementWeights } from './model';

export const SHIPPED_JUDGEMENT: JudgementWeights = checkWeights(weights as unknown as JudgementWeights);
