import type { Extractor } from '../features/emit';

/** A logistic model over named binary features ("word:thanks"), as trained and stored; unknown names weigh 0. */
export interface LogisticModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** The same model indexed by namespace, so scoring needs no string building. */
export interface CompiledModel {
  bias: number;
  byNamespace: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function compileModel(model: LogisticModel): CompiledModel {
  const byNamespace = new Map<string, Map<string, number>>();
  for (const [name, weight] of Object.entries(model.weights)) {
    const colon = name.indexOf(':');
    const namespace = name.slice(0, colon);
    const values = byNamespace.get(namespace) ?? new Map<string, number>();
    values.set(name.slice(colon + 1), weight);
    byNamespace.set(namespace, values);
  }
  return { bias: model.bias, byNamespace };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** P(positive) of an input, summing the weight of every feature the extractor reports. */
export function probability<T>(model: CompiledModel, extract: Extractor<T>, input: T): number {
  let z = model.bias;
  extract(input, (namespace, value) => {
    z += model.byNamespace.get(namespace)?.get(value) ?? 0;
  });
  return sigmoid(z);
}
