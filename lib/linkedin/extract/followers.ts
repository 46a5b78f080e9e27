import type { PageContext } from './context';
import { spokenText, visibleText } from './dom';
import { type Answer, firstAnswer } from './layers';

// The follower count, kept as shown ("1,628", "2.5M"). 2024–2025 top cards show "1,628 followers" under the
// location; every layout since 2021 also heads the Activity section with it (the 2026 top card only there).
// Sidebars show companies' follower counts, so only the top card and the Activity section's head are read.

const COUNT_THEN_WORD = /(?:^|[^\w+])(\d[\d,.\u00a0\u202f]*\s?[KkMm]?\+?)\s*followers?\b/;
const MAX_LENGTH = 20;
const MAX_HEADINGS = 60;
const ACTIVITY = /^activity$/i;
/** How far above the Activity heading its head reaches. */
const HEAD_DEPTH = 2;

export function followersFromText(text: string): string | null {
  const count = COUNT_THEN_WORD.exec(text)?.[1]?.replace(/[\u00a0\u202f\s]/g, '');
  return count && count.length <= MAX_LENGTH ? count : null;
}

/** The Activity section's head: the heading's nearest container that says how many follow. */
function activityFollowers(doc: Document): string | null {
  const headings = doc.querySelectorAll('h2, [role="heading"]');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    const heading = headings[i]!;
    if (!ACTIVITY.test(visibleText(heading, 20, 100))) continue;
    // The count sits beside the heading; higher up are the posts, whose text may mention followers too.
    let el: Element | null = heading.parentElement;
    for (let up = 0; el && up < HEAD_DEPTH; up++, el = el.parentElement) {
      const found = followersFromText(spokenText(el, 600));
      if (found) return found;
    }
  }
  return null;
}

export function readFollowers(ctx: PageContext): Answer<string> | null {
  const card = ctx.topCard?.card;
  return firstAnswer([
    ['text', () => (card ? followersFromText(spokenText(card)) : null)],
    ['heading', () => activityFollowers(ctx.doc)],
  ]);
}
