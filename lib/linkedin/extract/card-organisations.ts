import type { Block } from './blocks';
import type { PageContext } from './context';
import { visibleText } from './dom';

// The 2026 top card names the current employer and the latest school twice: as one line under the headline
// ("Meyvn · Universidad de Lima") and as a button per organisation, each with its logo. A line that the card repeats
// as its buttons is read as organisations; which is the school is told by the words schools use for themselves,
// else by LinkedIn's order (employer first, then school). Earlier layouts label those buttons ("Current company:
// …") and are read by position.ts; on them no line is repeated as buttons, so this reader stays silent.

export interface CardOrganisations {
  company: string | null;
  school: string | null;
}

/** Word starts schools use for themselves in the languages LinkedIn serves, then whole words, then CJK forms. */
const SCHOOL_WORDS = new RegExp(
  String.raw`(?:^|[\s(,'"-])(?:univ|colleg|colegio|institu|academ|akadem|polytechn|politécn|politecn|hochschul|conservato|facult|seminar|lyc[eé]|gymnas|[eé]cole|escola|escuela|schul)` +
    String.raw`|(?:^|[\s(,'"-])(?:school|iit|mba)(?:$|[\s),'"-])|大学|大學|学院|學院|高校|高等学校|대학`,
  'i',
);
const MAX_CONTROLS = 60;
const MAX_PARTS = 2;

export function isSchoolName(name: string): boolean {
  return SCHOOL_WORDS.test(name);
}

function controlTexts(card: Element): Set<string> {
  const texts = new Set<string>();
  const controls = card.querySelectorAll('[role="button"], button, a');
  for (let i = 0; i < controls.length && i < MAX_CONTROLS; i++) {
    const text = visibleText(controls[i]!, 40, 300);
    if (text) texts.add(text);
  }
  return texts;
}

function split(parts: readonly string[]): CardOrganisations {
  const school = parts.find(isSchoolName) ?? (parts.length === MAX_PARTS ? parts[1]! : null);
  const company = parts.find((part) => part !== school) ?? null;
  return { company, school };
}

export function readCardOrganisations(ctx: PageContext): CardOrganisations | null {
  const card = ctx.topCard?.card;
  if (!card) return null;
  const buttons = controlTexts(card);
  const line = ctx.topCard!.lines.find(
    (block: Block) =>
      !block.control && block.text !== ctx.reading.headline && isOrganisationLine(block.text, buttons),
  );
  return line ? split(line.text.split(' · ')) : null;
}

function isOrganisationLine(text: string, buttons: Set<string>): boolean {
  const parts = text.split(' · ');
  return parts.length <= MAX_PARTS && parts.every((part) => part.length > 1 && buttons.has(part));
}
