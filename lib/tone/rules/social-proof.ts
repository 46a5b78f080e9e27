import { foldWord } from '../../contacts/search-words';
import { nameWords } from '../../social/mutual-match';
import type { Reading } from '../reading';
import type { SocialProof } from '../types';
import { isPersonalMessage, OPENING, type ToneRule } from './rule';

// "People are drawn to those respected or validated by others within their network … being introduced via mutual
// connections elevates your visibility and enhances perceived credibility" (Social Proof and Validation). A first
// message to someone who is not yet a connection can borrow that credibility by naming a person or group both
// share; the background supplies them (`context.socialProof`) only for a recipient who is not a 1st-degree one.

/** Words of an organisation's name that say what kind of place it is, not which: "University", "Group". */
const KIND_WORDS = new Set(
  (
    'the of and for at in de la le du der und university universitat universidad universite college school ' +
    'institute institut academy business technology technologies science sciences inc ltd llc gmbh ag sa plc ' +
    'co corp corporation company group holding holdings partners international global services solutions labs'
  ).split(' '),
);

/** A word as both the draft and the names are compared: folded, without a possessive ("Ada's" → "ada"). */
const key = (word: string) => foldWord(word).replace(/['’]s$/, '');
const wordsIn = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’]s)?/gu) ?? []).map(key);

/**
 * The words that show the draft names a person: each full word of their name (titles and initials aside) that the
 * recipient's name does not share ("Hi Ada" names the recipient Ada Byrne, not the mutual Ada Lindqvist). None
 * left: the draft cannot tell them apart, and they are not suggested.
 */
function personWords(name: string, recipientWords: ReadonlySet<string>): string[] {
  return nameWords(name).filter((word) => word.length > 1 && !recipientWords.has(word));
}

/**
 * The words of the draft that can be a name: capitalised ones ("Will", not "I will"), or every word of a draft
 * written all in lower case.
 */
function namesWritten(reading: Reading): Set<string> {
  const { words, analysed } = reading.draft;
  const anyCapital = analysed !== analysed.toLowerCase();
  return new Set(
    words
      .filter((word) => !anyCapital || word.text !== word.text.toLowerCase())
      .map((word) => key(word.text)),
  );
}

/** The words that show the draft names a group: its distinctive ones ("AGH" of "AGH University of Science"). */
function groupWords(name: string): string[] {
  const words = wordsIn(name).filter((word) => word.length > 1);
  const distinctive = words.filter((word) => !KIND_WORDS.has(word));
  return distinctive.length > 0 ? distinctive : words;
}

/** Who or what to suggest, or null when the draft already names one of them (or there is nothing to name). */
export function unnamedSocialProof(reading: Reading, proof: SocialProof): string | null {
  const drafted = new Set(reading.draft.words.map((word) => key(word.text)));
  const names = namesWritten(reading);
  const recipient = new Set(nameWords(reading.draft.context.recipientName ?? ''));
  const people = proof.people
    .map((name) => ({ name, words: personWords(name, recipient) }))
    .filter((person) => person.words.length > 0);
  const groups = proof.groups.map((group) => ({ ...group, words: groupWords(group.name) }));
  const named =
    people.some((person) => person.words.some((word) => names.has(word))) ||
    groups.some((group) => group.words.some((word) => drafted.has(word)));
  if (named) return null;
  const [person, other] = people;
  if (person) {
    const also = other ? ` (or ${other.name})` : '';
    return `Name someone you both know: ${person.name}${also} is a mutual connection; say how you know them.`;
  }
  const [group] = groups;
  if (!group) return null;
  const shared = group.text.charAt(0).toLowerCase() + group.text.slice(1);
  return `Mention what you share: ${shared}.`;
}

export const socialProof = {
  id: 'social-proof',
  title: 'Shared connection',
  section: 'Social Proof',
  why: 'A stranger trusts a first message more when it names someone or something you both belong to: their credibility vouches for you.',
  dimension: 'warmth',
  situations: OPENING,
  check: (reading) => {
    const { draft } = reading;
    const proof = draft.context.socialProof;
    if (!proof || !isPersonalMessage(reading)) return [];
    // Wait for a sentence to judge: a greeting alone is not yet a message that leaves the mutual out.
    const body = draft.sentences.find((sentence) => sentence.words.length > 2);
    if (!body) return [];
    const message = unnamedSocialProof(reading, proof);
    if (!message) return [];
    return [{ start: body.start, end: body.end, message, severity: 'info' }];
  },
} as const satisfies ToneRule;
