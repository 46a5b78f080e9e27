/**
 * Feature extractors report each feature once, as a namespace and a value ("word", "thanks"). Training joins
 * them into names ("word:thanks"); the engine looks them up without building strings, which keeps a
 * 20,000-character draft inside its time budget.
 */
export type Emit = (namespace: string, value: string) => void;
export type Extractor<T> = (input: T, emit: Emit) => void;

/** The feature names of one input, for training and for explaining a score. */
export function featureNames<T>(extract: Extractor<T>, input: T): string[] {
  const names: string[] = [];
  extract(input, (namespace, value) => names.push(`${namespace}:${value}`));
  return names;
}
