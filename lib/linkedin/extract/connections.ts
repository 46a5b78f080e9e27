import type { PageContext } from './context';
import { spokenText } from './dom';
import { textOfClass } from './known-classes';
import { type Answer, firstAnswer } from './layers';

// The count is kept as shown ("500+", "1,024"): LinkedIn stops counting at 500 for others, so it is a label,
// not a number. Layouts say "357 connections" (2024), "See connections (445)" (2018) or hide "424 connections"
// for screen readers next to a bare "424" (early 2018), so the card's whole text is searched, spoken parts too.

const COUNT_THEN_WORD = /(?:^|[^\w+])(\d[\d,.\u00a0\u202f]*\+?)\s*connections?\b/i;
const WORD_THEN_COUNT = /\bconnections?\s*\((\d[\d,.]*\+?)\)/i;
const MAX_LENGTH = 20;

export function countFromText(text: string): string | null {
  const match = WORD_THEN_COUNT.exec(text) ?? COUNT_THEN_WORD.exec(text);
  const count = match?.[1]?.replace(/[\u00a0\u202f]/g, '');
  return count && count.length <= MAX_LENGTH ? count : null;
}

export function readConnections(ctx: PageContext): Answer<string> | null {
  const card = ctx.topCard?.card;
  return firstAnswer([
    ['text', () => (card ? countFromText(spokenText(card)) : null)],
    ['class', () => countFromText(textOfClass(ctx.doc, 'connections'))],
  ]);
}
