import { wordSet } from '../tone/features/word-lists';

/** How their message feels, when it clearly does; most messages are neutral and get nothing. */
export type Mood = 'upset' | 'worried' | 'thankful' | 'excited';

const UPSET = wordSet(
  'disappointed disappointing frustrated frustrating annoyed upset angry unacceptable unhappy ignored rude ' +
    'ridiculous furious terrible awful hurt offended fed',
);
const WORRIED = wordSet(
  'worried worry worrying anxious nervous concerned concern stressed stressful afraid scared unsure uncertain ' +
    'overwhelmed struggling struggle tough hard difficult laid layoff layoffs redundant rejected',
);
const EXCITED = wordSet('excited thrilled delighted stoked ecstatic amazing incredible wow yay woohoo');
const NEGATED_BEFORE = wordSet("not no never don't didn't isn't aren't wasn't");

/**
 * The clearest feeling in their words, by a short lexicon (whitepaper, Emotional Intelligence: "recognise the
 * emotions of others"): upset outranks worried, worried outranks thanks (read by the tone engine's thanks
 * phrases), thanks outranks excitement. A feeling
 * word after a negation ("not worried") does not count.
 */
export function moodOf(words: readonly string[], thanked: boolean, exclamations: number): Mood | null {
  const found = new Set<Mood>();
  words.forEach((word, i) => {
    if (i > 0 && NEGATED_BEFORE.has(words[i - 1]!)) return;
    if (UPSET.has(word)) found.add('upset');
    else if (WORRIED.has(word)) found.add('worried');
    else if (EXCITED.has(word)) found.add('excited');
  });
  if (thanked) found.add('thankful');
  if (exclamations >= 2 && !found.has('upset') && !found.has('worried')) found.add('excited');
  for (const mood of ['upset', 'worried', 'thankful', 'excited'] as const) if (found.has(mood)) return mood;
  return null;
}
