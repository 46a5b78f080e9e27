import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { UNSAVED_KEY } from '../../lib/background/unsaved-key';
import { sendToBackground } from '../../lib/browser/messaging';
import { ActionError } from './ActionError';
import { useProtocolAction } from './use-protocol-action';

type Status = { waiting: number; lost: number; since: number | null };

const things = (count: number) => (count === 1 ? '1 thing' : `${count.toLocaleString()} things`);

/**
 * Says, on Rapport's pages, that captures are waiting because the browser had no room to save them (or that some
 * were lost), and lets the user retry at once after freeing space. Nothing shows while all is saved.
 */
export function UnsavedNotice() {
  const [status, setStatus] = useState<Status | null>(null);
  const { send, error, pending } = useProtocolAction();
  const refresh = useCallback(async () => {
    const reply = await sendToBackground('captures/unsaved', {});
    if (reply.ok) setStatus(reply.value);
  }, []);
  useEffect(() => {
    void refresh();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && UNSAVED_KEY in changes) void refresh();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [refresh]);
  if (!status || (!status.waiting && !status.lost)) return null;
  const retry = async () => {
    await send('captures/retry', {});
    await refresh();
  };
  return (
    <div role="alert" className="card">
      {status.waiting ? (
        <p>
          <strong>{things(status.waiting)} Rapport saw could not be saved yet:</strong> the browser has no
          room left (free some disk space). Rapport tries again every minute; until then they wait in memory,
          so keep the browser open.{' '}
          <button type="button" onClick={retry} disabled={pending}>
            {pending ? 'Trying…' : 'Try again now'}
          </button>
        </p>
      ) : null}
      {status.lost ? (
        <p>
          {things(status.lost)} Rapport saw could not be kept: the browser had no room for them (or was closed
          before there was).{' '}
          <button type="button" onClick={() => send('captures/forget-lost', {}).then(refresh)}>
            OK
          </button>
        </p>
      ) : null}
      <ActionError error={error} />
    </div>
  );
}
