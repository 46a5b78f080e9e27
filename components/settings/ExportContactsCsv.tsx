import { useState } from 'react';
import { database } from '../../lib/db/page-database';
import { contactsToCsv } from '../../lib/export/contacts-csv';
import { downloadText } from '../shared/download';

/** Contacts as a CSV file for another CRM or a spreadsheet. */
export function ExportContactsCsv() {
  const [status, setStatus] = useState('');
  const exportCsv = async () => {
    const contacts = await database().contacts.orderBy('name').toArray();
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`rapport-contacts-${day}.csv`, contactsToCsv(contacts), 'text/csv');
    setStatus(`Exported ${contacts.length} contacts.`);
  };
  return (
    <section aria-labelledby="csv-heading">
      <h2 id="csv-heading">Contacts as CSV</h2>
      <p>
        One row per person (name, LinkedIn URL, role, company, e-mail, dates, tags, notes) for other CRMs.
      </p>
      <button type="button" onClick={() => void exportCsv()}>
        Export contacts (CSV)
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
