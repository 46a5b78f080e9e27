import type { RapportDatabase } from '../db/database';
import type { Interaction } from '../schema/interaction';
import { mentionsTarget } from '../social/intro-draft';
import { DAY } from '../time/calendar';

/** A drafted intro request still counts as "about to be sent" for this long. */
const PENDING_MS = 30 * DAY;

/**
 * A message the user sent to someone they drafted an intro request to, naming the person to be introduced, IS that
 * request: it is recorded as an ask on the introducer (whatever the tone engine read in its friendly wording) and
 * the request is marked sent. Runs inside the send recorder's transaction, which must include `intros`.
 */
export async function recordIntroSend(
  db: RapportDatabase,
  interaction: Interaction,
  text: string,
): Promise<Interaction> {
  const pending = await db.intros.where('introducerId').equals(interaction.contactId).toArray();
  const intro = pending
    .filter(
      (i) => i.sentAt === null && interaction.at - i.draftedAt <= PENDING_MS && interaction.at >= i.draftedAt,
    )
    .find((i) => mentionsTarget(text, i.targetName));
  if (!intro) return interaction;
  await db.intros.update(intro.id, { sentAt: interaction.at, interactionId: interaction.id });
  return {
    ...interaction,
    exchange: 'ask',
    intent: 'ask',
    context: interaction.context || `Asked for an intro to ${intro.targetName}`,
  };
}
