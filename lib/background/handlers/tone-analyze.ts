import { toneContextOf } from '../../contacts/tone-context';
import { historyOf } from '../../db/queries/history-of';
import { sentSignatures } from '../../db/queries/sent-signatures';
import { quickSpecifics } from '../../engine/brief/brief';
import { computeLedger } from '../../engine/ledger';
import type { Handler } from '../../protocol/router';
import { userTimeZone } from '../../time/calendar';
import { analyzeTone, type ToneLedger } from '../../tone';
import { sentToOthers, templateSignature } from '../../tone/template';
import type { HandlerContext } from '../context';
import { findRecipient } from '../resolve-recipient';

/** The give/ask history with the recipient as the tone check reads it (Reciprocity). */
async function ledgerWith(db: HandlerContext['db'], contactId: string, now: number): Promise<ToneLedger> {
  const { me, them, asksSinceMyLastGive } = computeLedger(await historyOf(db, contactId).toArray(), { now });
  return { myGives: me.gave, theirGives: them.gave, asksSinceMyLastGive };
}

/**
 * Checks a draft from a LinkedIn box. A known recipient's company, headline and notes feed the personalisation
 * hints (Be Prepared: "Do your homework"), the ledger with them tells a reciprocated ask from a cold one, and the
 * signatures of what the user sent lately tell a template sent to many; an unknown recipient still gets the rest.
 */
export function toneAnalyze({ db, now, timeZone = userTimeZone }: HandlerContext): Handler<'tone/analyze'> {
  return async ({ text, kind, situation, position, previous, recipient, disabledRules }) => {
    const contact = recipient ? (await findRecipient(db, recipient)).contact : null;
    const own = contact ? ((await db.ownProfile.get('me')) ?? null) : null;
    const at = now();
    const recipientName = contact?.name ?? recipient?.name;
    const signature = templateSignature(text, recipientName);
    const sameTextSentTo = signature.length
      ? sentToOthers(signature, await sentSignatures(db, at), contact?.id ?? null)
      : 0;
    return analyzeTone(text, {
      ledger: contact ? await ledgerWith(db, contact.id, at) : undefined,
      sameTextSentTo,
      specifics: contact ? quickSpecifics(contact, own, at) : undefined,
      kind,
      situation,
      position,
      previous,
      disabledRules,
      now: at,
      timeZone: timeZone(),
      ...(contact ? toneContextOf(contact) : { recipientName }),
    });
  };
}
