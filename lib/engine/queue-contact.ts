import type { Contact } from '../schema/contact';

/**
 * What the queue reads of a person: the rules (cadence, tags, last contact, role change), the item (name, page)
 * and the specifics (role, where we met, the last line of the notes). A full contact is one; so is the slim copy
 * kept in the queue cards (lib/db/queue-cards-middleware.ts), which the compiler holds to these fields.
 */
export type QueueContact = Pick<
  Contact,
  | 'id'
  | 'name'
  | 'profileUrl'
  | 'title'
  | 'company'
  | 'howWeMet'
  | 'notes'
  | 'tags'
  | 'cadenceDays'
  | 'lastInteractionAt'
  | 'firstSeenAt'
  | 'roleChangedAt'
  | 'history'
>;

/** The last line with text: what the specifics quote of the notes. */
export const lastLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .findLast(Boolean);

/**
 * The slim copy: the notes' last line only, and of the profile history only the entries of the latest role change
 * (what "was …" says). Same queue from it as from the full contact.
 */
export function queueContactOf(contact: Contact): QueueContact {
  return {
    id: contact.id,
    name: contact.name,
    profileUrl: contact.profileUrl,
    title: contact.title,
    company: contact.company,
    howWeMet: contact.howWeMet,
    notes: lastLine(contact.notes) ?? '',
    tags: contact.tags,
    cadenceDays: contact.cadenceDays,
    lastInteractionAt: contact.lastInteractionAt,
    firstSeenAt: contact.firstSeenAt,
    roleChangedAt: contact.roleChangedAt,
    history: contact.history.filter(
      (change) =>
        change.changedAt === contact.roleChangedAt &&
        (change.field === 'title' || change.field === 'company'),
    ),
  };
}

/** Kept in the cards: people a cadence set by hand may make due (their own, or a tag's), found without a date. */
export const isCarded = (contact: Pick<Contact, 'cadenceDays' | 'tags'>) =>
  !!contact.cadenceDays || contact.tags.length > 0;
