import { historyOf } from '../../db/queries/history-of';
import { computeLedger } from '../../engine/ledger';
import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { findRecipient } from '../resolve-recipient';

/** The give/ask balance with the person a LinkedIn box writes to, for the badge to show before an ask. */
export function reciprocityGet({ db, now }: HandlerContext): Handler<'reciprocity/get'> {
  return async (recipient) => {
    const { status, contact } = await findRecipient(db, recipient);
    if (!contact)
      return { status, contactId: null, name: null, asksSinceMyLastGive: 0, lastGiveAt: null, summary: '' };
    const interactions = await historyOf(db, contact.id);
    const ledger = computeLedger(interactions, { now: now() });
    return {
      status,
      contactId: contact.id,
      name: contact.name,
      asksSinceMyLastGive: ledger.asksSinceMyLastGive,
      lastGiveAt: ledger.lastGiveAt,
      summary: ledger.summary,
    };
  };
}
