import type { FollowUpState } from '../../schema/follow-up';
import { type ReadTransaction, startingWith } from '../read-transaction';

/**
 * The stored states of a queue's items, asked for before the rules have found them: the keys of the states of
 * these rules (each item's key starts with `<rule id>:`) are read with the queue's first reads, not in a round
 * trip after the rules ran; the states of the found keys, once known, are read from those (a state exists only
 * where the user snoozed or finished an item, so almost every key of a queue has none and is not asked for: a get
 * per key cost a request for every item, nearly all of them misses).
 */
export function followUpStates(reads: ReadTransaction, ruleIds: readonly string[]) {
  // Sorted as IndexedDB orders string keys (by UTF-16 code units, as the default sort compares).
  const sorted = [...ruleIds].sort();
  const stored = sorted.length
    ? reads.primaryKeys('followUps', {
        from: startingWith(`${sorted[0]}:`).from,
        to: startingWith(`${sorted.at(-1)}:`).to,
      })
    : Promise.resolve([]);
  return async (keys: readonly string[]): Promise<FollowUpState[]> => {
    const wanted = new Set(keys);
    const found = (await stored).filter((key) => wanted.has(key as string));
    if (found.length === 0) return [];
    const states = await reads.get<FollowUpState>('followUps', found);
    return states.filter((state): state is FollowUpState => state !== undefined);
  };
}
