import type { Interaction } from '../schema/interaction';
import { lastLine, type QueueContact } from './queue-contact';
import type { Specific, SpecificLabel } from './types';
import { latest } from './view';

/** Where you met, as logged with a meeting. */
export const isMeetingWithPlace = (i: Interaction) => i.kind === 'met' && !!i.context;
/** A note of yours with something in it. */
export const isNoteWithText = (i: Interaction) => i.kind === 'note' && !!(i.context || i.excerpt);
/** Something they shared, helped or introduced, with what it was. */
export const isSharedWithWhat = (i: Interaction) =>
  i.actor === 'them' && ['shared', 'helped', 'intro'].includes(i.kind) && !!i.context;

/**
 * What to reference in a follow-up (Follow Up Thoughtfully: "referencing specific elements of your conversation"):
 * where you met, your latest note, and what they last shared.
 */
export function specificsFor(
  contact: QueueContact,
  history: readonly Interaction[] = [],
): (Specific & { label: SpecificLabel })[] {
  const specifics: (Specific & { label: SpecificLabel })[] = [];
  const meeting = latest(history, isMeetingWithPlace);
  const where = meeting?.context || contact.howWeMet;
  if (where) specifics.push({ label: 'Where you met', text: where });
  const note = latest(history, isNoteWithText);
  const noteText = note ? note.context || note.excerpt : lastLine(contact.notes);
  if (noteText) specifics.push({ label: 'Your last note', text: noteText });
  const shared = latest(history, isSharedWithWhat);
  if (shared) specifics.push({ label: 'What they shared', text: shared.context });
  const role = [contact.title, contact.company].filter(Boolean).join(' at ');
  if (role) specifics.push({ label: 'Their role', text: role });
  return specifics;
}
