import { newContact } from '../../../lib/contacts/new-contact';
import { computeQueue } from '../../../lib/engine/queue';
import type { FollowUpItem, QueueInputs } from '../../../lib/engine/types';
import type { Commitment } from '../../../lib/schema/commitment';
import type { Contact } from '../../../lib/schema/contact';
import type { Interaction } from '../../../lib/schema/interaction';
import type { Settings } from '../../../lib/schema/settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

let sequence = 0;

/** An invented person; only the fields a test cares about need to be given. */
export function contact(overrides: Partial<Contact> & { id: string }): Contact {
  return newContact(overrides.id, overrides.id, 0, { source: 'manual', ...overrides });
}

export function interaction(overrides: Partial<Interaction> & Pick<Interaction, 'kind' | 'at'>): Interaction {
  return {
    id: `i${++sequence}`,
    contactId: 'ada',
    actor: 'me',
    exchange: 'none',
    context: '',
    excerpt: '',
    source: 'manual',
    ...overrides,
  };
}

export function commitment(overrides: Partial<Commitment> & Pick<Commitment, 'by' | 'dueAt'>): Commitment {
  return {
    id: `c${++sequence}`,
    contactId: 'ada',
    text: 'Send the deck',
    madeAt: 0,
    status: 'open',
    closedAt: null,
    source: 'manual',
    ...overrides,
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

/** The queue of the given inputs; what a test leaves out is empty, with default settings, in UTC. */
export function queueOf(inputs: Partial<QueueInputs> & Pick<QueueInputs, 'now'>): FollowUpItem[] {
  return computeQueue({
    contacts: [],
    interactions: [],
    commitments: [],
    followUps: [],
    settings: settings(),
    timeZone: 'UTC',
    ...inputs,
  });
}
