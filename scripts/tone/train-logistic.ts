import type { LogisticModel } from '../../lib/tone/model/logistic';

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

export interface TrainOptions {
  /** A feature seen in fewer training examples than this is dropped (keeps the file small, curbs noise). */
  minCount: number;
  /** L2 strength per feature: strategies are cheap to trust, single words must prove themselves. */
  l2: (feature: string) => number;
  iterations: number;
  learningRate: number;
}

const PRUNE_BELOW = 0.01;

function countFeatures(examples: readonly Example[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const example of examples) {
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  return counts;
}

/**
 * L2-regularised logistic regression by full-batch Adam: deterministic (no sampling), so the same data always
 * gives the same weights file.
 */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): LogisticModel {
  const counts = countFeatures(examples);
  const names = [...counts.keys()].filter((name) => counts.get(name)! >= options.minCount).sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((example) =>
    example.features.flatMap((feature) => {
      const i = index.get(feature);
      return i === undefined ? [] : [i];
    }),
  );
  const size = names.length + 1; // last slot is the bias
  const lambda = names.map(options.l2);
  const weights = new Float64Array(size);
  const moment = new Float64Array(size);
  const velocity = new Float64Array(size);
  const gradient = new Float64Array(size);
  const [beta1, beta2] = [0.9, 0.999];
  const n = examples.length;
  for (let step = 1; step <= options.iterations; step++) {
    gradient.fill(0);
    rows.forEach((row, r) => {
      let z = weights[size - 1]!;
      for (const i of row) z += weights[i]!;
      const error = 1 / (1 + Math.exp(-z)) - examples[r]!.label;
      for (const i of row) gradient[i]! += error / n;
      gradient[size - 1]! += error / n;
    });
    for (let i = 0; i < names.length; i++) gradient[i]! += (lambda[i]! * weights[i]!) / n;
    for (let i = 0; i < size; i++) {
      moment[i] = beta1 * moment[i]! + (1 - beta1) * gradient[i]!;
      velocity[i] = beta2 * velocity[i]! + (1 - beta2) * gradient[i]! ** 2;
      const corrected = moment[i]! / (1 - beta1 ** step);
      const scale = Math.sqrt(velocity[i]! / (1 - beta2 ** step)) + 1e-8;
      weights[i]! -= (options.learningRate * corrected) / scale;
    }
  }
  // Weights this small change no prediction measurably but cost bytes in the content-script bundle.
  const model: Record<string, number> = {};
  names.forEach((name, i) => {
    const weight = Math.round(weights[i]! * 1000) / 1000;
    if (Math.abs(weight) >= PRUNE_BELOW) model[name] = weight;
  });
  return { bias: Math.round(weights[size - 1]! * 1000) / 1000, weights: model };
}
