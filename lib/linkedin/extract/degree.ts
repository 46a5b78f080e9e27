import type { ProfileSnapshot } from '../../schema/profile-snapshot';
import type { Block } from './blocks';
import type { PageContext } from './context';
import { plainText, spokenText } from './dom';
import { KNOWN_CLASSES } from './known-classes';
import { type Answer, firstAnswer } from './layers';

// The badge shows "2nd" to the eye and "2nd degree connection" to screen readers; the spoken form is the stable
// one. "3rd+" counts as 3: Rapport only needs to know the person is outside the user's second circle.
// LinkedIn's 2026 server-driven layout speaks no degree at all: its top card shows "· 1st" as a line of its own
// right after the name, and carries a second, hidden badge for the other state of the connect button. Sidebars
// ("People you may know") carry dozens more, so only the top card's lines after the name are read, and the one
// the browser renders wins; without layout (a parsed page, a test), the first after the name.

type Degree = ProfileSnapshot['degree'];

const SPOKEN_DEGREE = /\b(1st|2nd|3rd)\+?\s+degree connection/i;
const BADGE_DEGREE = /^[·•\s]*(1st|2nd|3rd)\+?$/i;

/** Top cards are small; the cap only guards against a hostile page. */
const CARD_TEXT_CAP = 20_000;

function toDegree(ordinal: string | undefined): Degree {
  switch (ordinal?.toLowerCase()) {
    case '1st':
      return 1;
    case '2nd':
      return 2;
    case '3rd':
      return 3;
    default:
      return null;
  }
}

function badgeDegree(card: Element): Degree {
  for (const badge of card.querySelectorAll(KNOWN_CLASSES.degree)) {
    const degree = toDegree(BADGE_DEGREE.exec(plainText(badge, 40))?.[1]);
    if (degree) return degree;
  }
  return null;
}

/** A badge labelled for screen readers: aria-label="2nd degree connection". */
function labelledDegree(card: Element): Degree {
  const label = card.querySelector('[aria-label*="degree connection" i]')?.getAttribute('aria-label') ?? '';
  return toDegree(SPOKEN_DEGREE.exec(label)?.[1]);
}

/** Whether the browser lays the element out; null where nothing is laid out (jsdom, a parsed document). */
function rendered(el: Element): boolean | null {
  if (typeof el.checkVisibility !== 'function') return null;
  const root = el.ownerDocument.documentElement;
  if (!root.checkVisibility()) return null;
  return el.checkVisibility();
}

/** The top card's own badge lines ("· 2nd") after the name: the rendered one, else the first. */
function lineDegree(lines: readonly Block[]): Degree {
  const badges = lines.filter((line) => !line.control && BADGE_DEGREE.test(line.text));
  const shown = badges.find((badge) => rendered(badge.el) === true) ?? badges[0];
  return toDegree(shown && BADGE_DEGREE.exec(shown.text)?.[1]);
}

export function readDegree(ctx: PageContext): Answer<Exclude<Degree, null>> | null {
  const card = ctx.topCard?.card;
  if (!card) return null;
  return firstAnswer([
    [
      'aria',
      () => toDegree(SPOKEN_DEGREE.exec(spokenText(card, CARD_TEXT_CAP))?.[1]) ?? labelledDegree(card),
    ],
    ['text', () => lineDegree(ctx.topCard?.lines ?? [])],
    ['class', () => badgeDegree(card)],
  ]);
}
