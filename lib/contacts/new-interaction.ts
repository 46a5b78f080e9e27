import type { Interaction } from '../schema/interaction';

/** What every record states; the rest has one default, written here once. */
type Stated = Pick<Interaction, 'id' | 'contactId' | 'at' | 'kind' | 'source'>;

/**
 * An interaction record, as every writer makes one (logged, sent, read in a thread, imported, met at an event):
 * unless given, the user is the actor, it moves no balance (a writer that knows the exchange says so, from
 * lib/engine/exchange.ts) and keeps no words. Stored by lib/background/record-interaction.ts.
 */
export function newInteraction(fields: Stated & Partial<Interaction>): Interaction {
  return { actor: 'me', exchange: 'none', context: '', excerpt: '', ...fields };
}
