import type { Contact } from '../schema/contact';
import type { Settings } from '../schema/settings';

export interface Cadence {
  days: number;
  /** Where it comes from: the contact, a tag (named), or the default. */
  from: 'contact' | 'default' | { tag: string };
}

/** A cadence set by hand: the contact's own, else the tightest of its tags'. */
export function ownCadence(
  contact: Pick<Contact, 'cadenceDays' | 'tags'>,
  settings: Settings,
): Cadence | null {
  if (contact.cadenceDays) return { days: contact.cadenceDays, from: 'contact' };
  let tightest: Cadence | null = null;
  for (const tag of contact.tags) {
    const days = settings.tagCadences[tag];
    if (days && (!tightest || days < tightest.days)) tightest = { days, from: { tag } };
  }
  return tightest;
}

/** The cadence that applies: one set by hand, else the default. */
export function cadenceOf(
  contact: Pick<Contact, 'cadenceDays' | 'tags'>,
  settings: Settings,
): Cadence | null {
  const own = ownCadence(contact, settings);
  if (own) return own;
  return settings.defaultCadenceDays ? { days: settings.defaultCadenceDays, from: 'default' } : null;
}
