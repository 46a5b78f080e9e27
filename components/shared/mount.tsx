import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExportData } from '../settings/ExportData';
import { RestoreBackup } from '../settings/RestoreBackup';
import { WipeData } from '../settings/WipeData';
import { PageErrorBoundary } from './PageErrorBoundary';
import './rapport.css';

/** Renders an extension page's root component into #root; if it fails, what failed and export, restore and wipe. */
export function mount(page: ReactNode) {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const rescue = (
    <>
      <ExportData />
      <RestoreBackup />
      <WipeData />
    </>
  );
  createRoot(root).render(
    <StrictMode>
      <PageErrorBoundary rescue={rescue}>{page}</PageErrorBoundary>
    </StrictMode>,
  );
}
