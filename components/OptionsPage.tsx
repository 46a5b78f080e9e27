import { ExportData } from './ExportData';
import { PrivacyStatement } from './PrivacyStatement';
import { WipeData } from './WipeData';

/** Settings, data import/export and wipe, and the privacy statement. */
export function OptionsPage() {
  return (
    <main className="options">
      <h1>Rapport</h1>
      <ExportData />
      <WipeData />
      <PrivacyStatement />
    </main>
  );
}
