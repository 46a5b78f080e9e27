import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './tokens.css';
import './rapport.css';

/** Renders an extension page's root component into #root, styled by the design tokens (tokens.css) and the one stylesheet. */
export function mount(page: ReactNode) {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  createRoot(root).render(<StrictMode>{page}</StrictMode>);
}
