import { TEXT_CAPS } from '../../text/sanitize';
import type { PageContext } from './context';
import { textOfClass } from './known-classes';
import { type Answer, cleaned, firstAnswer } from './layers';

// Neither field has a structured source on logged-in pages, and JSON-LD has no headline at all (its jobTitle is a
// position, not the line the person wrote), so the top card's text order comes first.

export function readHeadline(ctx: PageContext): Answer<string> | null {
  return firstAnswer([
    ['heading', cleaned(() => ctx.reading.headline, TEXT_CAPS.short)],
    ['class', cleaned(() => textOfClass(ctx.doc, 'headline'), TEXT_CAPS.short)],
  ]);
}

export function readLocation(ctx: PageContext): Answer<string> | null {
  return firstAnswer([
    ['json-ld', cleaned(() => ctx.person?.location, TEXT_CAPS.short)],
    ['heading', cleaned(() => ctx.reading.location, TEXT_CAPS.short)],
    ['class', cleaned(() => textOfClass(ctx.doc, 'location'), TEXT_CAPS.short)],
  ]);
}
