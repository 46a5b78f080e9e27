/** A logistic model over named binary features; unknown features weigh nothing. */
export interface LogisticModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

export function logit(model: LogisticModel, features: Iterable<string>): number {
  let z = model.bias;
  for (const feature of features) z += model.weights[feature] ?? 0;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function probability(model: LogisticModel, features: Iterable<string>): number {
  return sigmoid(logit(model, features));
}

/** The features that moved the score most, strongest first: what the report shows as "why". */
export function strongestFeatures(
  model: LogisticModel,
  features: Iterable<string>,
  count: number,
): { feature: string; weight: number }[] {
  const scored: { feature: string; weight: number }[] = [];
  for (const feature of features) {
    const weight = model.weights[feature];
    if (weight) scored.push({ feature, weight });
  }
  return scored.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, count);
}
