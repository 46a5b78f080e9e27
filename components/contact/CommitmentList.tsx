import type { Outstanding, OutstandingCommitment } from '../../lib/engine/commitments';
import { promiseWords } from '../../lib/engine/promise-words';
import { formatDay, userTimeZone } from '../../lib/time/calendar';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';
import { FromConversation } from './FromConversation';

function PromiseRow({ commitment }: { commitment: OutstandingCommitment }) {
  const { send, error } = useProtocolAction();
  const set = (status: 'kept' | 'dropped') =>
    void send('commitment/set-status', { id: commitment.id, status });
  const due = commitment.dueAt === null ? 'no date' : `due ${formatDay(commitment.dueAt, userTimeZone())}`;
  return (
    <li>
      {promiseWords(commitment)}{' '}
      <span className={commitment.overdue ? 'error' : 'muted'}>
        ({commitment.overdue ? `overdue, ${due}` : due})
      </span>
      {commitment.source === 'conversation' ? <FromConversation entryId={commitment.id} /> : null}
      <div className="row">
        <button type="button" onClick={() => set('kept')}>
          Kept
        </button>
        <button type="button" onClick={() => set('dropped')}>
          Dropped
        </button>
      </div>
      <ActionError error={error} />
    </li>
  );
}

/** Promises still open on both sides (Trust: deliver on promises), each closable in one click. */
export function CommitmentList({ outstanding }: { outstanding: Outstanding }) {
  const sides = [
    ['You promised', outstanding.mine],
    ['They promised', outstanding.theirs],
  ] as const;
  return (
    <section aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">Promises</h2>
      {outstanding.mine.length + outstanding.theirs.length === 0 ? (
        <p className="muted">No open promises.</p>
      ) : null}
      {sides.map(([label, list]) =>
        list.length ? (
          <ul key={label} className="plain" aria-label={label}>
            {list.map((commitment) => (
              <PromiseRow key={commitment.id} commitment={commitment} />
            ))}
          </ul>
        ) : null,
      )}
    </section>
  );
}
