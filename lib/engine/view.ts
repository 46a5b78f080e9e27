import type { Commitment } from '../schema/commitment';
import type { NetworkingEvent } from '../schema/event';
import type { Interaction } from '../schema/interaction';
import type { Settings } from '../schema/settings';
import type { QueueContact } from './queue-contact';
import type { QueueInputs } from './types';

/** The inputs indexed the way rules read them: contacts by id, each contact's past interactions oldest first. */
export interface EngineView {
  contacts: ReadonlyMap<string, QueueContact>;
  history: ReadonlyMap<string, readonly Interaction[]>;
  commitments: readonly Commitment[];
  events: readonly NetworkingEvent[];
  settings: Settings;
  now: number;
  timeZone: string;
}

/**
 * Interactions dated after `now` are dropped here, once for every rule: a wrong clock or a bad import must
 * neither count as a follow-up already made nor start one early.
 */
export function buildView(inputs: Omit<QueueInputs, 'followUps'>): EngineView {
  const contacts = new Map(inputs.contacts.map((contact) => [contact.id, contact]));
  const history = new Map<string, Interaction[]>();
  for (const interaction of inputs.interactions) {
    if (interaction.at > inputs.now) continue;
    const list = history.get(interaction.contactId);
    if (list) list.push(interaction);
    else history.set(interaction.contactId, [interaction]);
  }
  for (const list of history.values()) list.sort((a, b) => a.at - b.at);
  const { commitments, settings, now, timeZone } = inputs;
  return { contacts, history, commitments, events: inputs.events ?? [], settings, now, timeZone };
}

/** The latest interaction of a contact that matches, or undefined. */
export function latest(
  list: readonly Interaction[] | undefined,
  matches: (interaction: Interaction) => boolean,
): Interaction | undefined {
  return list?.findLast(matches);
}
