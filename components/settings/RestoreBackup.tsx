import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';

/** Restores a backup file made by "Export all data": it replaces what is stored, once the whole file checks out. */
export function RestoreBackup() {
  const [status, setStatus] = useState('');
  const restore = async (file: File) => {
    let backup: unknown;
    try {
      backup = JSON.parse(await file.text());
    } catch {
      setStatus(`Restore failed: ${file.name} is not a JSON file. Nothing was changed.`);
      return;
    }
    const reply = await sendToBackground('data/restore', { backup });
    setStatus(
      reply.ok
        ? `Restored ${reply.value.contacts} contacts, ${reply.value.interactions} interactions, ${reply.value.commitments} promises.`
        : `Restore failed: ${reply.error.message}`,
    );
  };
  return (
    <section aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore</h2>
      <p>
        Replace everything Rapport stores with a backup file. The file is checked in full before anything
        changes.
      </p>
      <label>
        Backup file (JSON){' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void restore(file);
          }}
        />
      </label>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
