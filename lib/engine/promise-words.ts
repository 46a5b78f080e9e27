import { possiblePromiseSummaries } from '../privacy/promise-summary';
import type { Commitment } from '../schema/commitment';

const SUMMARIES = possiblePromiseSummaries();

/**
 * A promise as a sentence shows it after "promised": someone's own words in quotes, or, for a promise kept without
 * excerpts, Rapport's neutral summary as an infinitive ("to send a document").
 */
export function promiseWords({ text }: Pick<Commitment, 'text'>): string {
  return SUMMARIES.has(text) ? `to ${text}` : `“${text}”`;
}
