import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { database } from '../../lib/db/page-database';
import { quickSpecifics } from '../../lib/engine/brief/brief';
import type { Contact } from '../../lib/schema/contact';
import { analyzeTone } from '../../lib/tone';
import type { MessageKind, ToneHint } from '../../lib/tone/types';
import { useSettings } from '../shared/use-settings';
import { HighlightedDraft } from './HighlightedDraft';
import { HintList } from './HintList';
import { ToneScores } from './ToneScores';
import { useSavedDraft } from './use-saved-draft';

const KINDS: [MessageKind, string][] = [
  ['message', 'Message'],
  ['connection-note', 'Connection note'],
  ['inmail', 'InMail'],
  ['comment', 'Comment'],
];

/**
 * A place to write to the person before pasting it into LinkedIn, with the tone check running as you type.
 * The contact's name, company, headline and notes feed the personalisation hints.
 */
export function DraftBox({
  contact,
  initialText = '',
  saveAs,
}: {
  contact?: Contact | null;
  initialText?: string;
  /** Keeps the draft under this name across popup openings (e.g. the person's id). */
  saveAs?: string;
}) {
  const [text, setText] = useSavedDraft(saveAs, initialText);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);
  const [kind, setKind] = useState<MessageKind>('message');
  const { disabledRules } = useSettings();
  // The brief's specifics (shared school, a mutual, a new role) make the personal-reference hint concrete.
  const own = useLiveQuery(async () => (await database().ownProfile.get('me')) ?? null, []);
  const specifics = useMemo(
    () => (contact ? quickSpecifics(contact, own ?? null, Date.now()) : undefined),
    [contact, own],
  );
  // Typing stays responsive: the report follows the text at React's deferred priority.
  const deferred = useDeferredValue(text);
  const report = useMemo(
    () =>
      analyzeTone(deferred, {
        kind,
        disabledRules,
        now: Date.now(),
        recipientName: contact?.name,
        company: contact?.company,
        headline: contact?.headline,
        notes: [contact?.notes, contact?.howWeMet].filter(Boolean).join('\n'),
        specifics,
      }),
    [deferred, kind, disabledRules, contact, specifics],
  );
  const apply = (hint: ToneHint) => {
    if (hint.suggestion === undefined) return;
    setText(text.slice(0, hint.start) + hint.suggestion + text.slice(hint.end));
  };
  const current = deferred === text;
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="draft-box">
      <div className="spread">
        <h2 id={headingId}>Draft{contact ? ` to ${contact.name.split(' ')[0]}` : ''}</h2>
        <div className="row">
          <select
            aria-label="Message kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as MessageKind)}
          >
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!text}
            onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true))}
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        </div>
      </div>
      <textarea
        aria-label="Draft message"
        rows={3}
        value={text}
        maxLength={100_000}
        placeholder="Write your message here; Rapport checks the tone as you type."
        onChange={(event) => setText(event.target.value)}
      />
      {text.trim() ? (
        <div aria-busy={!current}>
          <ToneScores report={report} />
          {current ? (
            <div className="tone-details">
              <HighlightedDraft text={text} hints={report.hints} />
              <HintList text={text} hints={report.hints} onApply={apply} />
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
