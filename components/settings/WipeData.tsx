import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';

/** Deletes everything after an explicit confirmation. */
export function WipeData() {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const wipe = async () => {
    const reply = await sendToBackground('data/wipe', { confirm: 'wipe' });
    setConfirming(false);
    setStatus(
      reply.ok
        ? `Deleted ${reply.value.deleted} records. Rapport is empty.`
        : `Wipe failed: ${reply.error.message}`,
    );
  };
  return (
    <section aria-labelledby="wipe-heading">
      <h2 id="wipe-heading">Wipe</h2>
      <p>Delete every contact, interaction, promise and follow-up Rapport has stored in this browser.</p>
      {confirming ? (
        <div className="row" role="alertdialog" aria-label="Confirm wipe">
          <strong>This cannot be undone. Export first if you may want it back.</strong>
          <button type="button" className="danger" onClick={() => void wipe()}>
            Yes, delete everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Wipe all data…
        </button>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
