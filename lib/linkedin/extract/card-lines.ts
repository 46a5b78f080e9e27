import type { Block } from './blocks';

// Reading the top card's text blocks in order, without class names: the headline is the first description after
// the name, the location is the block just before "Contact info". Badges, pronouns and counts are stepped over.

const CONTACT_INFO = /^(see )?contact info$/i;
const DECORATION = [
  /^\(.{1,40}\)$/, // pronouns: "(She/Her)"
  /^[·•]?\s*(1st|2nd|3rd\+?)$/i, // degree badge
  /degree connection/i,
  /^[·•|\-–]$/,
  /^\d[\d,.]*\+?\s*(connections?|followers?)$/i,
  /mutual connection/i,
];

function isDecoration(text: string, name: string): boolean {
  return text === name || text.length < 2 || DECORATION.some((pattern) => pattern.test(text));
}

export interface CardReading {
  headline: string | null;
  location: string | null;
  hasContactInfo: boolean;
}

export function readCardLines(lines: readonly Block[], name: string): CardReading {
  const contactAt = lines.findIndex((line) => CONTACT_INFO.test(line.text));
  let locationAt = -1;
  for (let i = contactAt - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.control || isDecoration(line.text, name)) continue;
    locationAt = i;
    break;
  }
  const end = locationAt >= 0 ? locationAt : lines.length;
  const headline = lines.slice(0, end).find((line) => !line.control && !isDecoration(line.text, name));
  return {
    headline: headline?.text ?? null,
    location: locationAt >= 0 ? lines[locationAt]!.text : null,
    hasContactInfo: contactAt >= 0,
  };
}
