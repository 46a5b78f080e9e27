import { ExportData } from '../settings/ExportData';
import { RestoreBackup } from '../settings/RestoreBackup';
import { WipeData } from '../settings/WipeData';

/** What still works when a page cannot render: export, restore and wipe (./mount.tsx loads it only then). */
export function PageRescue() {
  return (
    <>
      <ExportData />
      <RestoreBackup />
      <WipeData />
    </>
  );
}
