import type { ProfileSnapshot } from '../../schema/profile-snapshot';
import type { PageContext } from './context';
import { plainText, spokenText } from './dom';
import { KNOWN_CLASSES } from './known-classes';
import { type Answer, firstAnswer } from './layers';

// The badge shows "2nd" to the eye and "2nd degree connection" to screen readers; the spoken form is the stable
// one. "3rd+" counts as 3: Rapport only needs to know the person is outside the user's second circle.

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

export function readDegree(ctx: PageContext): Answer<Exclude<Degree, null>> | null {
  const card = ctx.topCard?.card;
  if (!card) return null;
  return firstAnswer([
    [
      'aria',
      () => toDegree(SPOKEN_DEGREE.exec(spokenText(card, CARD_TEXT_CAP))?.[1]) ?? labelledDegree(card),
    ],
    ['class', () => badgeDegree(card)],
  ]);
}
