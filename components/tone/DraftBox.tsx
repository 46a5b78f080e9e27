import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { toneContextOf } from '../../lib/contacts/tone-context';
import { quickSpecifics } from '../../lib/engine/brief/brief';
import type { Contact } from '../../lib/schema/contact';
import { userTimeZone } from '../../lib/time/calendar';
import { SITUATION_LABELS } from '../../lib/tone/situation';
import { type MessageKind, SITUATIONS, type Situation, type ToneHint } from '../../lib/tone/types';
import { useOwnProfile } from '../shared/use-contact';
import { useSettings } from '../shared/use-settings';
import { HighlightedDraft } from './HighlightedDraft';
import { HintList } from './HintList';
import { ReplyCoaching } from './ReplyCoaching';
import { ToneVerdict } from './ToneVerdict';
import { useSavedDraft } from './use-saved-draft';
import { useTheirMessages } from './use-their-messages';
import { useToneEngine } from './use-tone-engine';

/** The LinkedIn box a situation is written in (its length caps and conventions). */
const KIND_OF: Partial<Record<Situation, MessageKind>> = {
  'connection-note': 'connection-note',
  inmail: 'inmail',
  comment: 'comment',
};

/**
 * A place to write to the person before pasting it into LinkedIn, with the tone check running as you type.
 * The contact's name, company, headline and notes feed the personalisation hints; their messages read from the
 * conversation since you last wrote give the reply coaching.
 */
export function DraftBox({
  contact,
  initialText = '',
  initialSituation = 'first-message',
  saveAs,
}: {
  contact?: Contact | null;
  initialText?: string;
  /** What the draft is for (a thank-you, a follow-up after meeting…), so it is judged as that. */
  initialSituation?: Situation;
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
  // A draft to someone whose message is waiting is a reply, unless the user or the draft's purpose says otherwise.
  const heard = useTheirMessages(contact);
  const [chosenSituation, setSituation] = useState<Situation | null>(null);
  const situation = chosenSituation ?? (heard?.length ? 'reply' : initialSituation);
  const { disabledRules } = useSettings();
  // The brief's specifics (shared school, a mutual, a new role) make the personal-reference hint concrete.
  const own = useOwnProfile();
  const specifics = useMemo(
    () => (contact ? quickSpecifics(contact, own ?? null, Date.now()) : undefined),
    [contact, own],
  );
  // Typing stays responsive: the report follows the text at React's deferred priority.
  const deferred = useDeferredValue(text);
  // The engine and its weights are fetched once the box is used (focused, or holding a draft), not when it shows.
  const [used, setUsed] = useState(false);
  const engine = useToneEngine({ wanted: used || text.trim() !== '' });
  const report = useMemo(
    () =>
      engine?.analyzeTone(deferred, {
        situation,
        kind: KIND_OF[situation] ?? 'message',
        disabledRules,
        now: Date.now(),
        timeZone: userTimeZone(),
        ...(contact ? toneContextOf(contact) : {}),
        specifics,
      }),
    [engine, deferred, situation, disabledRules, contact, specifics],
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
            aria-label="Situation"
            title="The tone check judges the draft for this situation"
            value={situation}
            onChange={(e) => setSituation(e.target.value as Situation)}
          >
            {SITUATIONS.map((value) => (
              <option key={value} value={value}>
                {SITUATION_LABELS[value]}
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
        onFocus={() => setUsed(true)}
        onChange={(event) => setText(event.target.value)}
      />
      {text.trim() && !report ? (
        <p aria-busy="true" className="muted">
          Loading the tone check…
        </p>
      ) : null}
      {text.trim() && report && engine ? (
        <div aria-busy={!current}>
          <ToneVerdict report={report} />
          {current ? (
            <div className="tone-details">
              <ReplyCoaching heard={heard} draft={deferred} coach={engine.coachFromHeard} />
              <HighlightedDraft text={text} hints={report.hints} />
              <HintList text={text} hints={report.hints} onApply={apply} />
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
