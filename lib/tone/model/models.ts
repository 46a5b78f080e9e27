// The shipped weights, produced by `npm run train:tone` (scripts/train-tone.ts) from ../shared/data.
import weights from '../model-weights.json';
import type { LogisticModel } from './logistic';

export const POLITENESS_MODEL: LogisticModel = weights.politeness;
export const ASK_MODEL: LogisticModel = weights.ask;
