// The shipped weights, produced by `npm run train:tone` (scripts/train-tone.ts) from ../shared/data.
import weights from '../model-weights.json';
import { compileModel } from './logistic';

export const POLITENESS_MODEL = compileModel(weights.politeness);
export const ASK_MODEL = compileModel(weights.ask);
