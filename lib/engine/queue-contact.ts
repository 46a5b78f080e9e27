import type { Contact } from '../schema/contact';

/**
 * What the queue reads of a person: the rules (cadence, tags, last contact, role change), the item (name, page)
 * and the specifics (role, where we met, the last line of the notes). A full contact is one; a queue card is one
 * with only what finding needs (`cardAsContact`).
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
 * What a queue card holds of a person (lib/db/queue-cards-middleware.ts, keyed there by their id): what finding
 * their cadence needs. The rest (their name, page, role, notes) is read for the rows shown only.
 */
export type QueueCard = Pick<Contact, 'tags' | 'cadenceDays' | 'lastInteractionAt' | 'firstSeenAt'>;

export const queueCardOf = (contact: Contact): QueueCard => ({
  tags: contact.tags,
  cadenceDays: contact.cadenceDays,
  lastInteractionAt: contact.lastInteractionAt,
  firstSeenAt: contact.firstSeenAt,
});

/**
 * A person as the rules read them before their row is shown: found, with nothing to say (no name, page, role,
 * notes or career) until the whole contact is read for a row on screen. From their queue card, or known by id
 * only: someone an open follow-up, a promise or an event points at, whose cadence, tags and last contact are not
 * read (no rule finds anything else of them); the rules find when and why they are due without their name.
 */
export const partialContact = (
  id: string,
  card: QueueCard = { tags: [], cadenceDays: null, lastInteractionAt: 0, firstSeenAt: 0 },
): QueueContact => ({
  ...card,
  id,
  name: '',
  profileUrl: '',
  title: '',
  company: '',
  howWeMet: '',
  notes: '',
  roleChangedAt: 0,
  history: [],
});

/** Kept in the cards: people a cadence set by hand may make due (their own, or a tag's), found without a date. */
export const isCarded = (contact: Pick<Contact, 'cadenceDays' | 'tags'>) =>
  !!contact.cadenceDays || contact.tags.length > 0;
