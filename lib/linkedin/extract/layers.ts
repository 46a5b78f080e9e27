import type { ExtractionStrategy } from '../../schema/profile-snapshot';
import { cleanText } from '../../text/sanitize';

/** One way to read a field, named by the layer it belongs to. */
export type Attempt<T> = readonly [ExtractionStrategy, () => T | null | undefined];

export interface Answer<T> {
  value: T;
  strategy: ExtractionStrategy;
}

/**
 * Tries each way in order and keeps the first real answer, so a field falls back from structured data to stable
 * signals to class names one field at a time: a layout change that breaks one reader costs that field only.
 */
export function firstAnswer<T>(attempts: readonly Attempt<T>[]): Answer<T> | null {
  for (const [strategy, read] of attempts) {
    const value = read();
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    return { value, strategy };
  }
  return null;
}

/** Wraps a text reader so page text is cleaned and capped, and text that cleans to nothing counts as no answer. */
export function cleaned(read: () => string | null | undefined, max: number): () => string | null {
  return () => cleanText(read(), max) || null;
}
