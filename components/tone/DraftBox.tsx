import { useDeferredValue, useMemo, useState } from 'react';
import type { Contact } from '../../lib/schema/contact';
import { analyzeTone } from '../../lib/tone';
import type { MessageKind, ToneHint } from '../../lib/tone/types';
import { useSettings } from '../shared/use-settings';
import { HighlightedDraft } from './HighlightedDraft';
import { HintList } from './HintList';
import { ToneScores } from './ToneScores';

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
export function DraftBox({ contact, initialText = '' }: { contact?: Contact | null; initialText?: string }) {
  const [text, setText] = useState(initialText);
  const [kind, setKind] = useState<MessageKind>('message');
  const { disabledRules } = useSettings();
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
      }),
    [deferred, kind, disabledRules, contact],
  );
  const apply = (hint: ToneHint) => {
    if (hint.suggestion === undefined) return;
    setText(text.slice(0, hint.start) + hint.suggestion + text.slice(hint.end));
  };
  const current = deferred === text;

  return (
    <section aria-labelledby="draft-heading" className="draft-box">
      <h2 id="draft-heading">Draft{contact ? ` to ${contact.name.split(' ')[0]}` : ''}</h2>
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
        <button type="button" disabled={!text} onClick={() => void navigator.clipboard.writeText(text)}>
          Copy
        </button>
      </div>
      <textarea
        aria-label="Draft message"
        rows={5}
        value={text}
        maxLength={100_000}
        placeholder="Write your message here; Rapport checks the tone as you type."
        onChange={(event) => setText(event.target.value)}
      />
      {text.trim() ? (
        <div aria-busy={!current}>
          <ToneScores report={report} />
          {current ? (
            <>
              <HighlightedDraft text={text} hints={report.hints} />
              <HintList text={text} hints={report.hints} onApply={apply} />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
