import type { Intent } from '../../lib/schema/interaction';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';

const CORRECTIONS: readonly [Intent, string][] = [
  ['ask', 'an ask'],
  ['give', 'a give'],
  ['thanks', 'thanks'],
  ['other', 'none of these'],
];

/**
 * Where an automatic entry came from — a message of theirs Rapport read in a LinkedIn conversation — and the
 * user's say over it: for a message, correct what it was (the timeline's own Delete removes it); for a promise,
 * remove it. Either way a removed entry does not come back when the conversation is read again.
 */
export function FromConversation({ entryId, intent }: { entryId: string; intent?: Intent }) {
  const { send, error } = useProtocolAction();
  return (
    <span className="from-conversation">
      {' '}
      <span className="muted">· read from your conversation</span>{' '}
      {intent ? (
        <select
          aria-label="Correct what this message was"
          value={intent}
          onChange={(event) =>
            void send('heard/correct', { id: entryId, intent: event.target.value as Intent })
          }
        >
          {CORRECTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              It was {label}
            </option>
          ))}
          {CORRECTIONS.some(([value]) => value === intent) ? null : <option value={intent}>{intent}</option>}
        </select>
      ) : (
        <button type="button" className="link" onClick={() => void send('heard/remove', { id: entryId })}>
          Remove
        </button>
      )}
      <ActionError error={error} inline />
    </span>
  );
}
