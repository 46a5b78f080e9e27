import { type ReactNode, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Brief } from '../../lib/engine/brief/brief';
import type { ProfileChange } from '../../lib/engine/brief/changes';
import type { Contact } from '../../lib/schema/contact';
import { useBrief } from './use-brief';

const FIELD_WORD: Record<ProfileChange['field'], string> = {
  title: 'Title',
  company: 'Company',
  headline: 'Headline',
  location: 'Location',
};

function Changes({ changes }: { changes: Brief['changes'] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="plain brief-changes" aria-label="New since your last visit">
      {changes.map((change) => (
        <li key={`${change.field}:${change.changedAt}`}>
          <strong>New {FIELD_WORD[change.field].toLowerCase()}:</strong> {change.after}{' '}
          <span className="muted">(was {change.before})</span>
        </li>
      ))}
    </ul>
  );
}

function SharedGround({ brief }: { brief: Brief }) {
  return (
    <>
      {brief.ground.length > 0 ? (
        <ul className="plain brief-ground" aria-label="Shared ground">
          {brief.ground.map((item) => (
            <li key={`${item.kind}:${item.subject}`}>{item.text}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No shared ground found yet.</p>
      )}
      {brief.ownProfileKnown ? null : (
        <p className="muted brief-setup">
          To find shared employers, schools and cities, Rapport needs your own profile: open your LinkedIn
          profile once, or pick yourself in{' '}
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Options → Your profile
          </button>
          .
        </p>
      )}
    </>
  );
}

function Promises({ promises }: { promises: Brief['promises'] }) {
  const lines = [
    ...promises.mine.map((p) => `You promised: ${p.text}${p.overdue ? ' (overdue)' : ''}`),
    ...promises.theirs.map((p) => `They promised: ${p.text}${p.overdue ? ' (overdue)' : ''}`),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className="plain" aria-label="Open promises">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** The one line shown while the brief is closed: the best piece of shared ground, or how to find some. */
function inCommonLine(brief: Brief): string {
  const [first, ...rest] = brief.ground;
  if (first) return `In common: ${first.text}${rest.length ? ` (+${rest.length} more)` : ''}`;
  return brief.ownProfileKnown
    ? 'In common: nothing found yet'
    : 'In common: set your own profile to find out';
}

/**
 * "Before you write": shared ground, how you met, the last exchange and who owes whom, open promises, what changed
 * since the last visit, and one tailored open question (Be Prepared and Purposeful: "Do Your Homework").
 * A disclosure: closed, it is one line of what you have in common (the popup keeps its height); open, the whole
 * brief, and below it whatever the caller adds (the popup's "Who can introduce you").
 */
export function BeforeYouWrite({
  contact,
  defaultOpen = false,
  children,
}: {
  contact: Contact;
  defaultOpen?: boolean;
  children?: ReactNode;
}) {
  const brief = useBrief(contact);
  const [open, setOpen] = useState(defaultOpen);
  if (!brief) return <section className="brief" aria-busy="true" aria-label="Before you write" />;
  const line = inCommonLine(brief);
  return (
    <section className="brief" aria-label="Before you write">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="brief-summary" title={open ? undefined : line}>
          {open ? (
            <span className="brief-title">Before you write</span>
          ) : (
            <>
              <span className="one-line">{line}</span>
              <span className="brief-more">
                Full brief <span aria-hidden="true">▾</span>
              </span>
            </>
          )}
        </summary>
        <Changes changes={brief.changes} />
        <SharedGround brief={brief} />
        <dl className="brief-facts">
          {brief.howWeMet ? (
            <>
              <dt>How you met</dt>
              <dd>{brief.howWeMet}</dd>
            </>
          ) : null}
          {brief.lastExchange ? (
            <>
              <dt>Last exchange</dt>
              <dd>{brief.lastExchange}</dd>
            </>
          ) : null}
          {brief.owes ? (
            <>
              <dt>Balance</dt>
              <dd>{brief.owes}</dd>
            </>
          ) : null}
        </dl>
        <Promises promises={brief.promises} />
        <div className="brief-question">
          <p>
            <strong>Ask:</strong> {brief.question.question}
          </p>
          <p className="muted">
            From {brief.question.basis}. {brief.question.reason}
          </p>
        </div>
        {children}
      </details>
    </section>
  );
}
