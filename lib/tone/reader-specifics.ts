import { wordSet } from './features/word-lists';
import { PROMPTED_MILESTONES } from './linkedin-prompt';
import { MUTUAL_CONTACT_PHRASES, SHARED_EVENTS, THEIR_ARTEFACTS, THEIR_NEWS_PHRASES } from './personal';
import type { Draft } from './text/draft';
import { findPhrases, indexOfPhrase, type PhraseSet, phraseSet } from './text/phrases';
import type { Sentence } from './text/sentences';

// The places where a draft names something of this reader's, as the rubric defines `personal_reference`: "mentions
// something specific to this reader or to a shared history (their work, a post, where they met, a mutual contact)"
// (RUBRIC.md; whitepaper "Do Your Homework", "Follow Up Thoughtfully"). Each is a statement a reviewer would make
// on reading the sentence, not a fitted weight; the looser signs ("I noticed", a capitalised name, "how have you
// been?") are left to the learned judgement, which weighs them against everything else.

export type ReaderSpecificKind = 'shared-history' | 'their-work' | 'their-news' | 'mutual-contact';

export interface ReaderSpecific {
  kind: ReaderSpecificKind;
  /** Character range of the words that name it. */
  start: number;
  end: number;
}

/** Where they met, what they discussed, a school or employer they share. */
const SHARED = phraseSet([
  ...SHARED_EVENTS,
  'our discussion',
  'spoke to you',
  'spoke with you',
  'talked to you',
  'talked with you',
  'further to our',
  'i met',
  'alma mater',
  'alum',
  'alumni',
  'alumnus',
  'alumna',
  'in common',
]);
/**
 * A new job said without whose it is ("I'm not looking for a new role", "good luck finding a new position") is as
 * often the writer's as the reader's: their news is "your new role" or "congrats on the new role", both read here.
 */
const WHOSE_UNSAID = new Set(['new job', 'new role', 'new position']);
const NEWS = phraseSet(THEIR_NEWS_PHRASES.filter((phrase) => !WHOSE_UNSAID.has(phrase)));
/** Someone they both know, also in the words LinkedIn shows under a profile ("you are connected with…"). */
const MUTUAL = phraseSet([
  ...MUTUAL_CONTACT_PHRASES,
  'are connected to',
  'are connected with',
  'both connected',
  'close friend',
]);
/** Their work said another way: what they made "of yours", where they worked, what they completed. */
const THEIR_WORK = phraseSet([
  ...THEIR_ARTEFACTS.map((artefact) => `${artefact} of yours`),
  'you have worked',
  "you've worked",
  'you worked at',
  'you worked with',
  'you worked on',
  'your time at',
  'you have completed',
  'you completed',
]);
const ARTEFACT = wordSet(THEIR_ARTEFACTS.join(' '));
const YOUR = wordSet('your ur');
/** "your post", "your recent post", "your chip video": the artefact within two words of "your". */
const ARTEFACT_REACH = 2;

/** Every mention of something specific to this reader, at most one per kind and sentence, sentence by sentence. */
export function readerSpecifics(draft: Draft): ReaderSpecific[] {
  const found: ReaderSpecific[] = [];
  for (const sentence of draft.sentences) {
    const { words, wordStart } = sentence;
    firstOf(SHARED, 'shared-history', draft, sentence, found);
    firstOf(MUTUAL, 'mutual-contact', draft, sentence, found);
    // Birthdays and work anniversaries are the news LinkedIn itself announces and offers a one-click message for: a
    // congratulation on them is the prompt, sent to everyone, not a sign the writer looked (RUBRIC generic).
    if (!words.some((word) => PROMPTED_MILESTONES.has(word)))
      firstOf(NEWS, 'their-news', draft, sentence, found);
    const your = words.findIndex(
      (word, i) => (YOUR.has(word) || thankedFor(words, i)) && artefactAfter(words, i) > 0,
    );
    if (your >= 0) {
      found.push({
        kind: 'their-work',
        start: draft.words[wordStart + your]!.start,
        end: draft.words[wordStart + your + artefactAfter(words, your)]!.end,
      });
    } else firstOf(THEIR_WORK, 'their-work', draft, sentence, found);
  }
  return found;
}

/**
 * The first phrase of `set` in the sentence, located to the character. Most sentences name nothing: the lookup
 * allocates nothing, and only a hit is located.
 */
function firstOf(
  set: PhraseSet,
  kind: ReaderSpecificKind,
  draft: Draft,
  { words, wordStart }: Sentence,
  found: ReaderSpecific[],
): void {
  const at = indexOfPhrase(words, set);
  if (at < 0) return;
  const tokens = draft.words.slice(wordStart + at, wordStart + words.length);
  const [match] = findPhrases({ words: tokens, norms: words.slice(at) }, set);
  if (match) found.push({ kind, start: match.start, end: match.end });
}

/**
 * "Thanks for the talk", "thank you for the article": what the reader is thanked for is theirs, as "your talk" is.
 * True at the "the" of such a thanks.
 */
function thankedFor(words: readonly string[], at: number): boolean {
  if (words[at] !== 'the' || words[at - 1] !== 'for') return false;
  return words[at - 2] === 'thanks' || (words[at - 2] === 'you' && words[at - 3] === 'thank');
}

/** How many words after `at` the reader's artefact comes ("your recent post": 2), or 0. */
function artefactAfter(words: readonly string[], at: number): number {
  for (let k = 1; k <= ARTEFACT_REACH; k++) if (ARTEFACT.has(words[at + k] ?? '')) return k;
  return 0;
}
