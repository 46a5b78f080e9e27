import type { Exchange, Intent, Interaction, InteractionKind, Party } from '../schema/interaction';

/**
 * THE mapping from an interaction to the give/ask balance (Reciprocity), in one place.
 * 1. An explicit `exchange` other than `none` wins: the logger said what it did.
 * 2. Otherwise the kind decides: helped, intro and shared are gives; asked is an ask; thanked is thanks.
 * 3. Messages (sent or received) carry the tone engine's `intent`: ask, give and thanks count as such;
 *    follow-up and other do not move the balance.
 * The party is always the `actor`: a message-sent is `me`, a message-received is `them`.
 */
const EXCHANGE_BY_KIND: Partial<Record<InteractionKind, Exchange>> = {
  helped: 'give',
  intro: 'give',
  shared: 'give',
  asked: 'ask',
  thanked: 'thanks',
};

const EXCHANGE_BY_INTENT: Partial<Record<Intent, Exchange>> = {
  ask: 'ask',
  give: 'give',
  thanks: 'thanks',
};

const MESSAGE_KINDS: ReadonlySet<InteractionKind> = new Set(['message-sent', 'message-received']);

export function exchangeOf(interaction: Pick<Interaction, 'kind' | 'exchange' | 'intent'>): Exchange {
  if (interaction.exchange !== 'none') return interaction.exchange;
  const byKind = EXCHANGE_BY_KIND[interaction.kind];
  if (byKind) return byKind;
  if (MESSAGE_KINDS.has(interaction.kind) && interaction.intent)
    return EXCHANGE_BY_INTENT[interaction.intent] ?? 'none';
  return 'none';
}

/** Who moved the balance: the actor of the interaction. */
export function partyOf(interaction: Pick<Interaction, 'actor'>): Party {
  return interaction.actor;
}
