import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { UNSAVED_KEY } from '../../lib/background/unsaved-key';
import { sendToBackground } from '../../lib/browser/messaging';

type Status = { waiting: number; lost: number; since: number | null };

const things = (count: number) => (count === 1 ? '1 thing' : `${count.toLocaleString()} things`);

/**
 * Says, on Rapport's pages, that captures are waiting because the browser had no room to save them (or that some
 * were lost), and lets the user retry at once after freeing space. Nothing shows while all is saved.
 */
export function UnsavedNotice() {
  const [status, setStatus] = useState<Status | null>(null);
  const [trying, setTrying] = useState(false);
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
    setTrying(true);
    await sendToBackground('captures/retry', {});
    setTrying(false);
    await refresh();
  };
  return (
    <div role="alert" className="card">
      {status.waiting ? (
        <p>
          <strong>{things(status.waiting)} Rapport saw could not be saved yet:</strong> the browser has no
          room left (free some disk space). Rapport tries again every minute; until then they wait in memory,
          so keep the browser open.{' '}
          <button type="button" onClick={retry} disabled={trying}>
            {trying ? 'Trying…' : 'Try again now'}
          </button>
        </p>
      ) : null}
      {status.lost ? (
        <p>
          {things(status.lost)} Rapport saw could not be kept: the browser had no room for them (or was closed
          before there was).{' '}
          <button type="button" onClick={() => sendToBackground('captures/forget-lost', {}).then(refresh)}>
            OK
          </button>
        </p>
      ) : null}
    </div>
  );
}
