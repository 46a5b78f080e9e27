import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { tokensCss } from '../../lib/design/tokens';
import './rapport.css';

/** Renders an extension page's root component into #root, after the design tokens it is styled with. */
export function mount(page: ReactNode) {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const tokens = document.createElement('style');
  tokens.textContent = tokensCss();
  document.head.prepend(tokens);
  createRoot(root).render(<StrictMode>{page}</StrictMode>);
}
