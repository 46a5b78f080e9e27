import { useId, useState } from 'react';
import { minuteId } from '../../lib/db/minute-id';
import type { InteractionKind, Party } from '../../lib/schema/interaction';
import { showToast } from '../shared/toast';
import { sendOrThrow, sendOrToast } from '../shared/use-protocol-action';

const ACTIONS: { label: string; kind: InteractionKind; actor: Party }[] = [
  { label: 'Met', kind: 'met', actor: 'me' },
  { label: 'Call', kind: 'call', actor: 'me' },
  { label: 'I helped', kind: 'helped', actor: 'me' },
  { label: 'They helped', kind: 'helped', actor: 'them' },
  { label: 'I introduced', kind: 'intro', actor: 'me' },
  { label: 'They introduced', kind: 'intro', actor: 'them' },
  { label: 'I shared', kind: 'shared', actor: 'me' },
  { label: 'I asked', kind: 'asked', actor: 'me' },
  { label: 'Thanked', kind: 'thanked', actor: 'me' },
];

/**
 * One tap logs what just happened; the text says where you met or what it was about ("met at <event>").
 * The id is kind, side, person and minute, so a double click logs once. The confirmation is a toast with Undo,
 * fixed at the bottom, so nothing moves under the pointer; a mis-tap is taken back at once.
 */
export function QuickLog({ contactId }: { contactId: string }) {
  const [context, setContext] = useState('');
  const headingId = useId();
  const log = async ({ label, kind, actor }: (typeof ACTIONS)[number]) => {
    const at = Date.now();
    const id = minuteId(['manual', kind, actor, contactId], at);
    const about = context.trim();
    const reply = await sendOrToast('interaction/log', {
      id,
      contactId,
      at,
      kind,
      actor,
      context: about,
    });
    if (!reply.ok) return;
    setContext('');
    showToast({
      text: `Logged: ${label}${about ? ` (${about})` : ''}`,
      undo: async () => {
        await sendOrThrow('interaction/delete', { id });
      },
    });
  };
  return (
    <section className="quick-log" aria-labelledby={headingId}>
      <div className="row">
        <h2 id={headingId}>Log</h2>
        <input
          aria-label="Where or what (optional)"
          value={context}
          maxLength={300}
          placeholder="Where or what? e.g. a conference"
          onChange={(event) => setContext(event.target.value)}
        />
      </div>
      <fieldset className="chips bare" aria-label="Log an interaction">
        {ACTIONS.map((action) => (
          <button key={action.label} type="button" className="chip" onClick={() => void log(action)}>
            {action.label}
          </button>
        ))}
      </fieldset>
    </section>
  );
}
