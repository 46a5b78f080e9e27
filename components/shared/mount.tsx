import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { tokensCss } from '../../lib/design/tokens';
import { ExportData } from '../settings/ExportData';
import { RestoreBackup } from '../settings/RestoreBackup';
import { WipeData } from '../settings/WipeData';
import { PageErrorBoundary } from './PageErrorBoundary';
import './rapport.css';

/**
 * Renders an extension page's root component into #root, after the design tokens it is styled with; if it fails,
 * what failed, with export, restore and wipe. The tokens go in a constructed style sheet: the pages' CSP
 * (style-src 'self') refuses an inline <style>.
 */
export function mount(page: ReactNode) {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const tokens = new CSSStyleSheet();
  tokens.replaceSync(tokensCss());
  document.adoptedStyleSheets = [tokens, ...document.adoptedStyleSheets];
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
