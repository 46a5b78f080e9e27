import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import { downloadText } from '../shared/download';

/** Export everything Rapport stores as one JSON file. */
export function ExportData() {
  const [status, setStatus] = useState('');
  const exportAll = async () => {
    const reply = await sendToBackground('data/export', {});
    if (!reply.ok) {
      setStatus(`Export failed: ${reply.error.message}`);
      return;
    }
    const day = new Date(reply.value.exportedAt).toISOString().slice(0, 10);
    downloadText(`rapport-backup-${day}.json`, JSON.stringify(reply.value, null, 2), 'application/json');
    setStatus(
      `Exported ${reply.value.contacts.length} contacts and ${reply.value.interactions.length} interactions.`,
    );
  };
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p>Download everything Rapport stores about your network as one JSON file.</p>
      <button type="button" onClick={() => void exportAll()}>
        Export all data (JSON)
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
