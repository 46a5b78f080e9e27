import { useState } from 'react';
import { browser } from 'wxt/browser';
import { BackupError, parseBackup } from '../../lib/backup/parse-backup';
import { sendRestore } from '../../lib/backup/send-restore';
import { takeChosenFiles } from '../shared/chosen-files';

const toBackground = (message: { type: string; payload: unknown }) => browser.runtime.sendMessage(message);

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
    // Checked whole here first (the background checks every chunk again), so a bad file is named at once.
    let checked: ReturnType<typeof parseBackup>;
    try {
      checked = parseBackup(backup);
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      setStatus(`Restore failed: ${error.message}`);
      return;
    }
    setStatus('Restoring…');
    const outcome = await sendRestore(toBackground, checked, `restore-${Date.now()}`);
    setStatus(
      outcome.status === 'done'
        ? `Restored ${outcome.result.contacts} contacts, ${outcome.result.interactions} interactions, ${outcome.result.commitments} promises.`
        : `Restore failed: ${outcome.status === 'failed' ? outcome.message : 'cancelled, nothing was changed.'}`,
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
            const [file] = takeChosenFiles(event.currentTarget);
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
