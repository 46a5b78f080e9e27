import type { Example } from './train-logistic';

export interface FoldScores {
  accuracy: number;
  /** F1 of the positive class. */
  f1: number;
}

/** A fixed Fisher–Yates shuffle (mulberry32 seed) so folds are the same on every run. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export function score(predicted: readonly boolean[], actual: readonly (0 | 1)[]): FoldScores {
  let [tp, fp, fn, correct] = [0, 0, 0, 0];
  predicted.forEach((p, i) => {
    const a = actual[i] === 1;
    if (p === a) correct++;
    if (p && a) tp++;
    if (p && !a) fp++;
    if (!p && a) fn++;
  });
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return { accuracy: correct / predicted.length, f1 };
}

/**
 * k-fold cross-validation that retrains on every fold: `learn` sees only the training part, `predict` only the
 * held-out part, so nothing learned leaks into the fold it is scored on. Scores are pooled over all folds.
 */
export function crossValidate<E extends Example, M>(
  examples: readonly E[],
  k: number,
  learn: (train: E[]) => M,
  predict: (model: M, example: E) => boolean,
): FoldScores {
  const order = shuffled(examples, 20130804);
  const predicted: boolean[] = [];
  const actual: (0 | 1)[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = order.filter((_, i) => i % k !== fold);
    const test = order.filter((_, i) => i % k === fold);
    const model = learn(train);
    for (const example of test) {
      predicted.push(predict(model, example));
      actual.push(example.label);
    }
  }
  return score(predicted, actual);
}
