import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import { minuteId } from '../../lib/db/minute-id';
import type { InteractionKind, Party } from '../../lib/schema/interaction';

const ACTIONS: { label: string; kind: InteractionKind; actor: Party }[] = [
  { label: 'Met', kind: 'met', actor: 'me' },
  { label: 'Call', kind: 'call', actor: 'me' },
  { label: 'I helped', kind: 'helped', actor: 'me' },
  { label: 'They helped', kind: 'helped', actor: 'them' },
  { label: 'Intro made', kind: 'intro', actor: 'me' },
  { label: 'They introduced me', kind: 'intro', actor: 'them' },
  { label: 'Shared an article', kind: 'shared', actor: 'me' },
  { label: 'I asked', kind: 'asked', actor: 'me' },
  { label: 'Thanked', kind: 'thanked', actor: 'me' },
];

/**
 * One tap logs what just happened; the text says where you met or what it was about ("met at <event>").
 * The id is kind, side, person and minute, so a double click logs once.
 */
export function QuickLog({ contactId }: { contactId: string }) {
  const [context, setContext] = useState('');
  const [status, setStatus] = useState('');
  const log = async ({ label, kind, actor }: (typeof ACTIONS)[number]) => {
    const at = Date.now();
    const id = minuteId(['manual', kind, actor, contactId], at);
    const reply = await sendToBackground('interaction/log', {
      id,
      contactId,
      at,
      kind,
      actor,
      context: context.trim(),
    });
    setStatus(
      reply.ok ? `Logged: ${label}${context.trim() ? ` (${context.trim()})` : ''}` : reply.error.message,
    );
    if (reply.ok) setContext('');
  };
  return (
    <section aria-labelledby="quick-log-heading">
      <h2 id="quick-log-heading">Log</h2>
      <label>
        <span>Where or what (optional)</span>
        <input
          value={context}
          maxLength={300}
          placeholder="e.g. a conference"
          onChange={(event) => setContext(event.target.value)}
        />
      </label>
      <fieldset className="row bare" aria-label="Log an interaction">
        {ACTIONS.map((action) => (
          <button key={action.label} type="button" onClick={() => void log(action)}>
            {action.label}
          </button>
        ))}
      </fieldset>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
