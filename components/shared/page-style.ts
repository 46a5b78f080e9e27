import { tokensCss } from '../../lib/design/tokens';
import rapportCss from './rapport.css?inline';

/** The attribute on <html> that says the page is styled. */
const STYLED = 'data-page-style';

/**
 * Styles an extension page: the design tokens, then rapport.css written with them, in one constructed style sheet
 * (the pages' CSP, style-src 'self', refuses an inline <style>). Adopted by the page's script rather than linked: a
 * style sheet in the page's head holds its scripts back until it has loaded, and the network view's first paint
 * waits for nothing but its read of IndexedDB (issue 16). Every page also makes one request fewer.
 */
export function adoptPageStyle(): void {
  // Once a page: the side panel's first step styles its first paint before React's mount styles the page, each with
  // a copy of this module of its own (entrypoints/sidepanel-first-step.ts), so the mark is on the document.
  const root = document.documentElement;
  if (root.hasAttribute(STYLED)) return;
  root.setAttribute(STYLED, '');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${tokensCss()}\n${rapportCss}`);
  document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
}
