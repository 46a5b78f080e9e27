// The shipped weights, produced by `npm run train:tone` (scripts/train-tone.ts) from ../shared/data.
// Named imports and pure calls: a bundle that needs only the ask model (the import worker) leaves the
// politeness weights out.
import { ask, politeness } from '../model-weights.json';
import { compileModel } from './logistic';

export const POLITENESS_MODEL = /* @__PURE__ */ compileModel(politeness);
export const ASK_MODEL = /* @__PURE__ */ compileModel(ask);
