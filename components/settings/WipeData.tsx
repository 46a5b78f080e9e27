import { useState } from 'react';
import { ActionOutcome } from '../shared/ActionOutcome';
import { useProtocolAction } from '../shared/use-protocol-action';

/** Deletes everything after an explicit confirmation. */
export function WipeData() {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const { send, error } = useProtocolAction();
  const wipe = async () => {
    const reply = await send('data/wipe', { confirm: 'wipe' });
    setConfirming(false);
    setStatus(reply.ok ? `Deleted ${reply.value.deleted} records. Rapport is empty.` : '');
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
      <ActionOutcome status={status} error={error && `Wipe failed: ${error}`} />
    </section>
  );
}
