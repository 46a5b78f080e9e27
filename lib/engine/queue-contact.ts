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
 * What a queue card holds of a person (lib/db/queue-cards-middleware.ts): what finding their cadence needs, and
 * their name. The rest (their page, role, notes) is read for the rows shown only.
 */
export type QueueCard = Pick<
  Contact,
  'id' | 'name' | 'tags' | 'cadenceDays' | 'lastInteractionAt' | 'firstSeenAt'
>;

export const queueCardOf = (contact: Contact): QueueCard => ({
  id: contact.id,
  name: contact.name,
  tags: contact.tags,
  cadenceDays: contact.cadenceDays,
  lastInteractionAt: contact.lastInteractionAt,
  firstSeenAt: contact.firstSeenAt,
});

/**
 * A card as the rules read a person: found, named, with nothing more to say (no page, role, notes or career) until
 * the whole contact is read for a row on screen.
 */
export const cardAsContact = (card: QueueCard): QueueContact => ({
  ...card,
  profileUrl: '',
  title: '',
  company: '',
  howWeMet: '',
  notes: '',
  roleChangedAt: 0,
  history: [],
});

/**
 * A person an open follow-up, a promise or an event points at, known by id only until their row is shown: a rule
 * finds when and why they are due without their name (no cadence, tag, last contact or role change of theirs is
 * read, so no rule finds anything else of them), and the queue names them and words their items for the rows on
 * screen, out of their whole contact.
 */
export const unnamedContact = (id: string): QueueContact =>
  cardAsContact({ id, name: '', tags: [], cadenceDays: null, lastInteractionAt: 0, firstSeenAt: 0 });

/** Kept in the cards: people a cadence set by hand may make due (their own, or a tag's), found without a date. */
export const isCarded = (contact: Pick<Contact, 'cadenceDays' | 'tags'>) =>
  !!contact.cadenceDays || contact.tags.length > 0;
