import { useState } from 'react';
import { backupParts } from '../../lib/backup/write-backup';
import { database } from '../../lib/db/page-database';
import { downloadText } from '../shared/download';

/** Export everything Rapport stores as one JSON file. */
export function ExportData() {
  const [status, setStatus] = useState('');
  // Read here, in pages of rows, and written part by part: a backup of any size, never one runtime message.
  const exportAll = async () => {
    setStatus('Exporting…');
    try {
      const exportedAt = Date.now();
      const { parts, counts } = await backupParts(database(), exportedAt);
      const day = new Date(exportedAt).toISOString().slice(0, 10);
      downloadText(`rapport-backup-${day}.json`, parts, 'application/json');
      setStatus(`Exported ${counts.contacts} contacts and ${counts.interactions} interactions.`);
    } catch (error) {
      setStatus(`Export failed: ${(error as Error).message}`);
    }
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
