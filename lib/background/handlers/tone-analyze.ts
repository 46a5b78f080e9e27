import { toneContextOf } from '../../contacts/tone-context';
import { quickSpecifics } from '../../engine/brief/brief';
import type { Handler } from '../../protocol/router';
import { userTimeZone } from '../../time/calendar';
import { analyzeTone } from '../../tone';
import type { HandlerContext } from '../context';
import { findRecipient } from '../resolve-recipient';

/**
 * Checks a draft from a LinkedIn box. A known recipient's company, headline and notes feed the personalisation
 * hints (Be Prepared: "Do your homework"); an unknown one still gets the rest of the check.
 */
export function toneAnalyze({ db, now, timeZone = userTimeZone }: HandlerContext): Handler<'tone/analyze'> {
  return async ({ text, kind, situation, position, previous, recipient, disabledRules }) => {
    const contact = recipient ? (await findRecipient(db, recipient)).contact : null;
    const own = contact ? ((await db.ownProfile.get('me')) ?? null) : null;
    return analyzeTone(text, {
      specifics: contact ? quickSpecifics(contact, own, now()) : undefined,
      kind,
      situation,
      position,
      previous,
      disabledRules,
      now: now(),
      timeZone: timeZone(),
      ...(contact ? toneContextOf(contact) : { recipientName: recipient?.name }),
    });
  };
}
