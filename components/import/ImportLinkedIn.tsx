import { useState } from 'react';
import { hasBlockingErrors } from '../../lib/import/import-plan';
import { takeChosenFiles } from '../shared/chosen-files';
import { ImportProgress } from './ImportProgress';
import { ImportReportList } from './ImportReportList';
import { OwnerPicker } from './OwnerPicker';
import { useLinkedInImport } from './use-linkedin-import';

/** Imports LinkedIn's data export (the zip, or its CSV files): people and history on day one. */
export function ImportLinkedIn() {
  const { state, read, start, cancel } = useLinkedInImport();
  const [owner, setOwner] = useState(0);
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import from LinkedIn</h2>
      <p>
        On LinkedIn: Settings → Data privacy → Get a copy of your data. Pick the zip it sends you, or its
        Connections.csv, messages.csv and Invitations.csv. The files are read here, in this browser.
      </p>
      <label>
        LinkedIn export (zip or CSV files){' '}
        <input
          type="file"
          accept=".zip,.csv"
          multiple
          disabled={state.step === 'reading' || state.step === 'importing'}
          onChange={(event) => {
            setOwner(0);
            void read(takeChosenFiles(event.currentTarget));
          }}
        />
      </label>
      {state.step === 'reading' ? (
        <p role="status">
          Reading {state.file}…{' '}
          <button type="button" onClick={cancel}>
            Cancel import
          </button>
        </p>
      ) : null}
      {state.step === 'review' ? (
        <div>
          <ImportReportList reports={state.reports} />
          {hasBlockingErrors(state.reports) ? (
            <p role="alert">These files have errors (see the lines above), so nothing was imported.</p>
          ) : (
            <div className="row">
              <OwnerPicker owners={state.owners} chosen={owner} onChoose={setOwner} />
              <button
                type="button"
                className="primary"
                onClick={() => void start(state.owners[owner] ?? null)}
              >
                Import {state.rows.toLocaleString('en')} rows
              </button>
            </div>
          )}
        </div>
      ) : null}
      {state.step === 'importing' ? <ImportProgress {...state} onCancel={cancel} /> : null}
      {state.step === 'done' ? (
        <div role="status">
          <p>
            Imported: {state.result.contactsAdded} new contacts, {state.result.contactsUpdated} updated,{' '}
            {state.result.interactionsAdded} interactions.
          </p>
          <ImportReportList reports={state.reports} />
        </div>
      ) : null}
      {state.step === 'cancelled' ? <p role="status">Import cancelled. Nothing was changed.</p> : null}
      {state.step === 'failed' ? (
        <p role="alert">Import failed, nothing was changed: {state.message}</p>
      ) : null}
    </section>
  );
}
