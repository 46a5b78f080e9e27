import { useCallback, useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import type { Reply } from '../../lib/protocol/envelope';
import type { MessageType, RequestOf, ResponseOf } from '../../lib/protocol/map';
import { showToast } from './toast';

/**
 * The one way a page component asks the background worker to do something. `send` hands back the typed reply; a
 * refusal's message is kept in `error` for the component to show beside the control it came from (`ActionError`),
 * and the next success clears it. `pending` is true while a send is on its way (disabled buttons, "Trying…").
 */
export function useProtocolAction() {
  const [error, setError] = useState('');
  const [inFlight, setInFlight] = useState(0);
  const send = useCallback(async <K extends MessageType>(type: K, payload: RequestOf<K>) => {
    setInFlight((count) => count + 1);
    const reply = await sendToBackground(type, payload);
    setInFlight((count) => count - 1);
    setError(reply.ok ? '' : reply.error.message);
    return reply;
  }, []);
  return { send, error, setError, pending: inFlight > 0 };
}

/** For actions a toast confirms (log, delete, done): a refusal is said in the toast, where the confirmation would be. */
export async function sendOrToast<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Reply<ResponseOf<K>>> {
  const reply = await sendToBackground(type, payload);
  if (!reply.ok) showToast({ text: reply.error.message });
  return reply;
}

/** For a toast's Undo: a refusal throws, so the toast says the undo failed instead of "Undone". */
export async function sendOrThrow<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = await sendToBackground(type, payload);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}
