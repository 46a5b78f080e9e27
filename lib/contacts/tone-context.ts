import type { Contact } from '../schema/contact';
import type { ToneContext } from '../tone/types';

/**
 * What the tone engine knows of the person a draft is for, the same wherever it is checked (the popup's draft box,
 * a LinkedIn box, a sent message): name, company and headline for the personalisation hints (Be Prepared), and
 * the notes and how-we-met the user wrote, so a reference to them counts as personal.
 */
export function toneContextOf(
  contact: Pick<Contact, 'name' | 'company' | 'headline' | 'notes' | 'howWeMet'>,
): Pick<ToneContext, 'recipientName' | 'company' | 'headline' | 'notes'> {
  return {
    recipientName: contact.name,
    company: contact.company,
    headline: contact.headline,
    notes: [contact.notes, contact.howWeMet].filter(Boolean).join('\n'),
  };
}
