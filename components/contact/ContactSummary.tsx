import type { ReactNode } from 'react';
import type { Contact } from '../../lib/schema/contact';

const DEGREE_LABEL = { 1: '1st', 2: '2nd', 3: '3rd' } as const;

/**
 * Who this is at a glance: the top of the popup and of the contact view. What you have in common (mutual
 * connections among it) is the brief's first line, just below. Long headlines stay on one line (the full text is
 * its title), so the popup keeps its height.
 */
export function ContactSummary({ contact, actions }: { contact: Contact; actions?: ReactNode }) {
  const role = [contact.title, contact.company].filter(Boolean).join(' · ');
  const place = [role, contact.location].filter(Boolean);
  return (
    <section className="contact-summary" aria-label="Contact">
      <div className="spread">
        <h1 className="contact-name one-line">
          {contact.name}
          {contact.degree ? <span className="degree"> · {DEGREE_LABEL[contact.degree]}</span> : null}
        </h1>
        {actions}
      </div>
      {contact.headline ? (
        <p className="headline one-line" title={contact.headline}>
          {contact.headline}
        </p>
      ) : null}
      {place.length ? (
        <p className="role one-line">
          {role ? <span>{role}</span> : null}
          {role && contact.location ? ' · ' : null}
          {contact.location ? <span className="location">{contact.location}</span> : null}
        </p>
      ) : null}
    </section>
  );
}
