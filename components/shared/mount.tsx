import { lazy, type ReactNode, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { tokensCss } from '../../lib/design/tokens';
import { PageErrorBoundary } from './PageErrorBoundary';
import './rapport.css';

// Export, restore and wipe read and write the whole database: a chunk fetched only when a page has failed, so a page
// that shows no data (Why, Welcome) loads no database code at all.
const PageRescue = lazy(() => import('./PageRescue').then(({ PageRescue }) => ({ default: PageRescue })));

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
    <Suspense fallback={<p aria-busy="true">Loading export, restore and wipe…</p>}>
      <PageRescue />
    </Suspense>
  );
  createRoot(root).render(
    <StrictMode>
      <PageErrorBoundary rescue={rescue}>{page}</PageErrorBoundary>
    </StrictMode>,
  );
}
