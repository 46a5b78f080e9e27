import type { Contact } from '../../lib/schema/contact';

const DEGREE_LABEL = { 1: '1st', 2: '2nd', 3: '3rd' } as const;

function mutualLine(contact: Contact): string | null {
  if (!contact.mutualCount) return null;
  const names = contact.mutualNames.slice(0, 3).join(', ');
  const count = `${contact.mutualCount} mutual connection${contact.mutualCount === 1 ? '' : 's'}`;
  return names ? `${count}: ${names}` : count;
}

/** Who this is at a glance: the top of the popup and of the contact view. */
export function ContactSummary({ contact }: { contact: Contact }) {
  const role = [contact.title, contact.company].filter(Boolean).join(' · ');
  const mutuals = mutualLine(contact);
  return (
    <section className="contact-summary" aria-label="Contact">
      <h1 className="contact-name">
        {contact.name}
        {contact.degree ? <span className="degree"> · {DEGREE_LABEL[contact.degree]}</span> : null}
      </h1>
      {contact.headline ? <p className="headline">{contact.headline}</p> : null}
      {role ? <p className="role">{role}</p> : null}
      {contact.location ? <p className="location">{contact.location}</p> : null}
      {mutuals ? <p className="mutuals">{mutuals}</p> : null}
    </section>
  );
}
