import { FollowUpSettings } from '../follow-up/FollowUpSettings';
import { ImportLinkedIn } from '../import/ImportLinkedIn';
import { ToastHost } from '../shared/toast';
import { ToneSettings } from '../tone/ToneSettings';
import { ExportContactsCsv } from './ExportContactsCsv';
import { ExportData } from './ExportData';
import { OwnProfileSetting } from './OwnProfileSetting';
import { PrivacyStatement } from './PrivacyStatement';
import { RestoreBackup } from './RestoreBackup';
import { WipeData } from './WipeData';

const SECTIONS = [
  ['import-heading', 'Import from LinkedIn'],
  ['export-heading', 'Backup: export'],
  ['csv-heading', 'Contacts as CSV'],
  ['restore-heading', 'Restore a backup'],
  ['follow-up-heading', 'People and follow-ups'],
  ['tone-heading', 'Tone hints'],
  ['privacy-heading', 'Privacy'],
  ['wipe-heading', 'Wipe everything'],
] as const;

/**
 * Settings with a table of contents: import and backup first (the day-one win and the safety net), then
 * follow-ups and tone with their rules grouped by principle, privacy, and wipe last. Every change is confirmed.
 */
export function OptionsPage() {
  return (
    <main className="page options">
      <h1>Rapport settings</h1>
      <nav className="toc" aria-label="Contents">
        <ol>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <ImportLinkedIn />
      <OwnProfileSetting />
      <ExportData />
      <ExportContactsCsv />
      <RestoreBackup />
      <FollowUpSettings />
      <ToneSettings />
      <PrivacyStatement />
      <WipeData />
      <p>
        <a href="/why.html">Why Rapport suggests what it suggests</a> ·{' '}
        <a href="/welcome.html">Getting started</a>
      </p>
      <ToastHost />
    </main>
  );
}
