import { TEXT_CAPS } from '../../text/sanitize';
import type { PageContext } from './context';
import { visibleText } from './dom';
import { textOfClass } from './known-classes';
import { type Answer, cleaned, firstAnswer } from './layers';
import { findSection } from './sections';

const ABOUT_HEADING = /^(about|summary)$/i;

/** The About section's text without its heading and "see more" controls. */
function sectionText(doc: Document): string | null {
  const section = findSection(doc, ['about'], ABOUT_HEADING);
  if (!section) return null;
  const text = visibleText(section, 2000, TEXT_CAPS.long * 2);
  return text.replace(/^(about|summary)\s*/i, '').replace(/\s*…?\s*see more$/i, '');
}

export function readAbout(ctx: PageContext): Answer<string> | null {
  const cap = TEXT_CAPS.long;
  return firstAnswer([
    ['json-ld', cleaned(() => ctx.person?.description, cap)],
    ['heading', cleaned(() => sectionText(ctx.doc), cap)],
    ['class', cleaned(() => textOfClass(ctx.doc, 'about'), cap)],
  ]);
}
