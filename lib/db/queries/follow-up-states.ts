import type { FollowUpState } from '../../schema/follow-up';
import type { ReadTransaction } from '../read-transaction';

/**
 * The stored states of these follow-up keys. A state exists only where the user snoozed or finished an item,
 * so almost every key of a queue has none: one keys-only range read across the wanted keys finds the few that
 * exist, and only those rows are read. A get per key cost a request for every item, nearly all of them misses.
 */
export async function followUpStatesOf(
  reads: ReadTransaction,
  keys: readonly string[],
): Promise<FollowUpState[]> {
  if (keys.length === 0) return [];
  // The first and last of them as IndexedDB orders string keys: by UTF-16 code units, as `<` compares strings.
  let first = keys[0]!;
  let last = first;
  for (const key of keys) {
    if (key < first) first = key;
    if (key > last) last = key;
  }
  const wanted = new Set(keys);
  const stored = await reads.primaryKeys('followUps', { from: first, to: last });
  const states = await reads.get<FollowUpState>(
    'followUps',
    stored.filter((key) => wanted.has(key as string)),
  );
  return states.filter((state): state is FollowUpState => state !== undefined);
}
