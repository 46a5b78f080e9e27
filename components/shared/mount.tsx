import { lazy, type ReactNode, StrictMode, Suspense } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { PageErrorBoundary, PageFailure } from './PageErrorBoundary';
import { adoptPageStyle } from './page-style';

// Export, restore and wipe read and write the whole database: a chunk fetched only when a page has failed, so a page
// that shows no data (Why, Welcome) loads no database code at all.
const PageRescue = lazy(() => import('./PageRescue').then(({ PageRescue }) => ({ default: PageRescue })));
const rescue = (
  <Suspense fallback={<p aria-busy="true">Loading export, restore and wipe…</p>}>
    <PageRescue />
  </Suspense>
);

function renderInRoot(content: ReactNode): Root {
  const element = document.getElementById('root');
  if (!element) throw new Error('The page has no #root element');
  const root = createRoot(element);
  root.render(<StrictMode>{content}</StrictMode>);
  return root;
}

/** Renders an extension page's root component into #root, styled; if it fails, what failed, with export, restore and wipe. */
export function mount(page: ReactNode): Root {
  adoptPageStyle();
  return renderInRoot(<PageErrorBoundary rescue={rescue}>{page}</PageErrorBoundary>);
}

/**
 * For a page drawn without React (the network view, components/network/network-page.ts) that failed: what failed,
 * in place of the page, with export, restore and wipe. The page has styled itself already.
 */
export function mountFailure(error: Error) {
  document.getElementById('root')?.replaceChildren();
  renderInRoot(<PageFailure error={error} rescue={rescue} />);
}
