import { isNeutralPromise } from '../coach/neutral-summary';
import type { Commitment } from '../schema/commitment';

/**
 * A promise as a sentence shows it after "promised": someone's own words in quotes, or, for a promise read from
 * a conversation without excerpts, Rapport's neutral summary as it is ("to send something").
 */
export function promiseWords({ text }: Pick<Commitment, 'text'>): string {
  return isNeutralPromise(text) ? text.slice('Promised '.length) : `“${text}”`;
}
