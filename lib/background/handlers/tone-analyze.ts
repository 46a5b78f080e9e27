import { toneContextOf } from '../../contacts/tone-context';
import { historyOf } from '../../db/queries/history-of';
import { loadIntroducers } from '../../db/queries/introducers';
import { sentSignatures } from '../../db/queries/sent-signatures';
import { quickSpecifics } from '../../engine/brief/brief';
import { sharedGround } from '../../engine/brief/shared-ground';
import { computeLedger } from '../../engine/ledger';
import type { Handler } from '../../protocol/router';
import type { Contact } from '../../schema/contact';
import type { OwnProfile } from '../../schema/own-profile';
import { rankIntroducers } from '../../social/intro-ranking';
import { userTimeZone } from '../../time/calendar';
import { analyzeTone, type SocialProof, situationOf, type ToneLedger } from '../../tone';
import { isOpening } from '../../tone/situation';
import { sentToOthers, templateSignature } from '../../tone/template';
import { afterToneWeights } from '../after-tone-weights';
import type { HandlerContext } from '../context';
import { findRecipient } from '../resolve-recipient';

/** The give/ask history with the recipient as the tone check reads it (Reciprocity). */
async function ledgerWith(db: HandlerContext['db'], contactId: string, now: number): Promise<ToneLedger> {
  const { me, them, asksSinceMyLastGive } = computeLedger(await historyOf(db, contactId), { now });
  return { myGives: me.gave, theirGives: them.gave, asksSinceMyLastGive };
}

/**
 * What a first message to someone not yet connected could name (Social Proof): their mutual connections, the best
 * introducer first (recent and balanced, lib/social/intro-ranking), then the names LinkedIn shows that Rapport cannot
 * resolve, then people the user owes; and the schools and employers both list. Nothing for a 1st-degree connection
 * or an unknown degree: there the message does not need borrowed credibility.
 */
async function socialProofFor(
  db: HandlerContext['db'],
  contact: Contact,
  own: OwnProfile | null,
  now: number,
  timeZone: string,
): Promise<SocialProof | undefined> {
  if (contact.degree !== 2 && contact.degree !== 3) return undefined;
  const groups = sharedGround(contact, own, new Date(now).getUTCFullYear())
    .filter((item) => item.kind === 'employer' || item.kind === 'school')
    .map((item) => ({ name: item.subject, text: item.text }));
  let people: string[] = [];
  if (contact.mutualNames.length > 0) {
    const { matches, inputs } = await loadIntroducers(db, contact);
    const { ranked, held } = rankIntroducers(inputs, now, timeZone);
    people = [
      ...ranked.map((introducer) => introducer.contact.name),
      ...matches.flatMap((match) => (match.status === 'matched' ? [] : [match.shownName])),
      ...held.map((introducer) => introducer.contact.name),
    ];
  }
  return people.length > 0 || groups.length > 0 ? { people, groups } : undefined;
}

/**
 * Checks a draft from a LinkedIn box. A known recipient's company, headline and notes feed the personalisation
 * hints (Be Prepared: "Do your homework"), the ledger with them tells a reciprocated ask from a cold one, and the
 * signatures of what the user sent lately tell a template sent to many; an unknown recipient still gets the rest.
 */
export function toneAnalyze({ db, now, timeZone = userTimeZone }: HandlerContext): Handler<'tone/analyze'> {
  return afterToneWeights(async ({ text, kind, situation, position, previous, recipient, disabledRules }) => {
    const contact = recipient ? (await findRecipient(db, recipient)).contact : null;
    const own = contact ? ((await db.ownProfile.get('me')) ?? null) : null;
    const at = now();
    const recipientName = contact?.name ?? recipient?.name;
    const zone = timeZone();
    const opening = isOpening(situationOf({ kind, situation, position, previous }, text));
    const signature = templateSignature(text, recipientName);
    const sameTextSentTo = signature.length
      ? sentToOthers(signature, await sentSignatures(db, at), contact?.id ?? null)
      : 0;
    return analyzeTone(text, {
      ledger: contact ? await ledgerWith(db, contact.id, at) : undefined,
      sameTextSentTo,
      specifics: contact ? quickSpecifics(contact, own, at) : undefined,
      socialProof: contact && opening ? await socialProofFor(db, contact, own, at, zone) : undefined,
      kind,
      situation,
      position,
      previous,
      disabledRules,
      now: at,
      timeZone: zone,
      ...(contact ? toneContextOf(contact) : { recipientName }),
    });
  });
}
