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

/**
 * "Before you write": shared ground, how you met, the last exchange and who owes whom, open promises, what changed
 * since the last visit, and one tailored open question (Be Prepared and Purposeful: "Do Your Homework").
 */
export function BeforeYouWrite({ contact }: { contact: Contact }) {
  const brief = useBrief(contact);
  if (!brief) return <section className="brief" aria-busy="true" aria-label="Before you write" />;
  return (
    <section className="brief" aria-labelledby="brief-title">
      <h2 id="brief-title" className="brief-title">
        Before you write
      </h2>
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
    </section>
  );
}
