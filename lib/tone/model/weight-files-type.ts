import type { JudgementWeights } from '../judgement/model';
import type { LogisticModel } from './logistic';

/** What `npm run train:tone` writes: model-weights.json (politeness and ask) and judgement-weights.json. */
export interface ToneWeightFiles {
  model: { source: string; politeness: LogisticModel; ask: LogisticModel };
  judgement: JudgementWeights;
}
