import { ExportData } from './ExportData';
import { PrivacyStatement } from './PrivacyStatement';
import { ToneSettings } from './ToneSettings';
import { WipeData } from './WipeData';

/** Settings, data import/export and wipe, and the privacy statement. */
export function OptionsPage() {
  return (
    <main className="options">
      <h1>Rapport</h1>
      <ToneSettings />
      <ExportData />
      <WipeData />
      <PrivacyStatement />
    </main>
  );
}
