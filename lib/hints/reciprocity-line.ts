import type { ResponseOf } from '../protocol/map';

/**
 * The give/ask warning shown on a draft that asks (Reciprocity: "offer value before expecting anything in
 * return"), or null when the balance gives no reason to pause or the person is unknown.
 */
export function reciprocityLine(balance: ResponseOf<'reciprocity/get'>): string | null {
  const asks = balance.asksSinceMyLastGive;
  if (!balance.contactId || asks < 1) return null;
  const count = `${asks} ${asks === 1 ? 'ask' : 'asks'}`;
  const since = balance.lastGiveAt === null ? 'and nothing given yet' : 'since you last gave anything';
  return `You have made ${count} to ${balance.name} ${since}. Could this message offer something first?`;
}
