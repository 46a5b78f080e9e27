import { wordSet } from './features/word-lists';
import type { Draft } from './text/draft';
import { containsPhrase, phraseSet } from './text/phrases';

// LinkedIn announces birthdays and work anniversaries and offers a one-click message for them ("Congrats on 5 years
// at Northwind!", "Happy birthday!"). A one-line congratulation on such a milestone is that prompt, sent by everyone
// it was shown to: it shows no homework on this reader (RUBRIC personal_reference: "something specific to this
// reader"), however much a learned weight likes "congratulations" and a company name.

/** The milestones LinkedIn prompts for: a birthday, a work anniversary, years in a job. */
export const PROMPTED_MILESTONES = wordSet('birthday anniversary years');
const CONGRATULATING = phraseSet(['congrats', 'congratulations', 'happy']);

/** True when the whole draft is one sentence congratulating the reader on a milestone LinkedIn prompts for. */
export function isPromptedCongratulation(draft: Draft): boolean {
  let words: readonly string[] | undefined;
  for (const sentence of draft.sentences) {
    if (sentence.words.length === 0) continue;
    if (words) return false;
    words = sentence.words;
  }
  if (!words) return false;
  return words.some((word) => PROMPTED_MILESTONES.has(word)) && containsPhrase(words, CONGRATULATING);
}
