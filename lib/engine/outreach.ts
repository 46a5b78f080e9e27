import type { Interaction, InteractionKind } from '../schema/interaction';

// Kinds where I actually reached the person. A visit, a private note or a bare invitation is not a follow-up.
export const OUTREACH_KINDS: readonly InteractionKind[] = [
  'message-sent',
  'call',
  'met',
  'helped',
  'shared',
  'intro',
  'thanked',
  'asked',
  'commented',
];
const IS_OUTREACH: ReadonlySet<InteractionKind> = new Set(OUTREACH_KINDS);
/** Kinds where either of us reached the other: my outreach, and their messages. */
export const EXCHANGE_KINDS: readonly InteractionKind[] = [...OUTREACH_KINDS, 'message-received'];

/** I reached the person: what settles a follow-up. */
export const isMyOutreach = (interaction: Interaction): boolean =>
  interaction.actor === 'me' && IS_OUTREACH.has(interaction.kind);

/** Did I reach out to this person after `at`? */
export function reachedOutAfter(history: readonly Interaction[] | undefined, at: number): boolean {
  return !!history?.some((interaction) => interaction.at > at && isMyOutreach(interaction));
}
