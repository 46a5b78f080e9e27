import { FollowUpSettings } from '../follow-up/FollowUpSettings';
import { ImportLinkedIn } from '../import/ImportLinkedIn';
import { ToneSettings } from '../tone/ToneSettings';
import { ExportContactsCsv } from './ExportContactsCsv';
import { ExportData } from './ExportData';
import { PrivacyStatement } from './PrivacyStatement';
import { RestoreBackup } from './RestoreBackup';
import { WipeData } from './WipeData';

/** Settings, data import/export and wipe, and the privacy statement. */
export function OptionsPage() {
  return (
    <main className="options">
      <h1>Rapport</h1>
      <FollowUpSettings />
      <ToneSettings />
      <ImportLinkedIn />
      <ExportData />
      <ExportContactsCsv />
      <RestoreBackup />
      <WipeData />
      <PrivacyStatement />
    </main>
  );
}
