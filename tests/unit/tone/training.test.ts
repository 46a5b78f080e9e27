import { describe, expect, it } from 'vitest';
import { compileModel, probability } from '../../../lib/tone/model/logistic';
import { crossValidate, score, shuffled } from '../../../scripts/tone/cross-validate';
import { type Example, trainLogistic } from '../../../scripts/tone/train-logistic';

const OPTIONS = { minCount: 1, l2: () => 0.1, iterations: 200, learningRate: 0.1 };
const listFeatures = (features: readonly string[], emit: (namespace: string, value: string) => void) => {
  for (const feature of features) {
    const [namespace, value] = feature.split(':');
    emit(namespace!, value!);
  }
};

// A toy task: "strategy:thanks" means polite, "strategy:why" impolite; "word:the" is noise on both sides.
const toy: Example[] = Array.from({ length: 40 }, (_, i) =>
  i % 2
    ? { features: ['strategy:thanks', 'word:the'], label: 1 }
    : { features: ['strategy:why', ...(i % 4 ? ['word:the'] : [])], label: 0 },
);

describe('trainLogistic', () => {
  it('learns the sign of each cue and is deterministic', () => {
    const model = trainLogistic(toy, OPTIONS);
    expect(model.weights['strategy:thanks']).toBeGreaterThan(0);
    expect(model.weights['strategy:why']).toBeLessThan(0);
    expect(trainLogistic(toy, OPTIONS)).toEqual(model);
    const compiled = compileModel(model);
    expect(probability(compiled, listFeatures, ['strategy:thanks'])).toBeGreaterThan(0.8);
    expect(probability(compiled, listFeatures, ['strategy:why'])).toBeLessThan(0.2);
  });

  it('drops features rarer than minCount', () => {
    const rare: Example[] = [...toy, { features: ['word:zyzzyva'], label: 1 }];
    expect(trainLogistic(rare, { ...OPTIONS, minCount: 2 }).weights['word:zyzzyva']).toBeUndefined();
  });
});

describe('crossValidate', () => {
  it('never trains on the fold it scores', () => {
    const examples = toy.map((example, i) => ({ ...example, features: [...example.features, `id:${i}`] }));
    crossValidate(
      examples,
      10,
      (train) => new Set(train.flatMap((example) => example.features.filter((f) => f.startsWith('id:')))),
      (seen, example) => {
        expect(example.features.some((feature) => seen.has(feature))).toBe(false);
        return true;
      },
    );
  });

  it('scores accuracy and F1 of the positive class', () => {
    expect(score([true, true, false, false], [1, 0, 0, 1])).toEqual({ accuracy: 0.5, f1: 0.5 });
  });

  it('shuffles the same way every time', () => {
    expect(shuffled([1, 2, 3, 4, 5], 7)).toEqual(shuffled([1, 2, 3, 4, 5], 7));
    expect([...shuffled([1, 2, 3, 4, 5], 7)].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
