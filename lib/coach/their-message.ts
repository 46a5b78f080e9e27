import type { Intent } from '../schema/interaction';
import { findCommitments } from '../tone/commitments';
import { AUXILIARIES, WH_WORDS } from '../tone/features/word-lists';
import { classifyIntent } from '../tone/intent';
import { readTone } from '../tone/reading';
import { containsPhrase, phraseSet } from '../tone/text/phrases';
import type { DetectedCommitment } from '../tone/types';
import { type Mood, moodOf } from './mood';
import { topicWords } from './words';

export type QuestionKind = 'yes-no' | 'when' | 'how-are-you' | 'open';

export interface TheirQuestion {
  /** The question as they wrote it (shown to the user while replying; stored only as an opted-in excerpt). */
  text: string;
  kind: QuestionKind;
  topics: Set<string>;
}

/** What Rapport understands of a message the other person wrote. */
export interface TheirReading {
  intent: Intent;
  questions: TheirQuestion[];
  /** The sentences in which they ask something of the user. */
  asks: string[];
  /** Their promises ("I'll send the deck by Friday"), due dates resolved against when they wrote. */
  promises: DetectedCommitment[];
  mood: Mood | null;
  topics: Set<string>;
}

// Questions without a question mark: "let me know if Thursday works", "I was wondering whether…".
const INDIRECT_QUESTION = phraseSet([
  'let me know if',
  'let me know whether',
  'let me know when',
  'let me know what',
  'let me know how',
  'wondering if',
  'wondering whether',
  'would love to know',
  'curious if',
  'curious whether',
  'curious what',
  'curious how',
]);
const HOW_ARE_YOU = phraseSet([
  'how are you',
  "how's it going",
  'how are things',
  'how have you been',
  'how you doing',
]);

function questionKind(words: readonly string[]): QuestionKind {
  if (containsPhrase(words, HOW_ARE_YOU)) return 'how-are-you';
  const first = words.find(
    (word) => !['so', 'and', 'but', 'also', 'btw', 'hey', 'hi', 'ok', 'okay'].includes(word),
  );
  if (first === 'when' || words.includes('when')) return 'when';
  if (first && AUXILIARIES.has(first)) return 'yes-no';
  if (first && WH_WORDS.has(first)) return 'open';
  return words.some((word) => word === 'if' || word === 'whether') ? 'yes-no' : 'open';
}

/**
 * Reads their message with the tone engine's own parts (sentences, the ask model, the thanks and give phrases,
 * the promise finder) so the two sides of the ledger are judged alike. `now` is when they wrote it: "by Friday"
 * is the Friday after that, not after today.
 */
export function readTheirMessage(
  text: string,
  clock: { now?: number; timeZone?: string } = {},
): TheirReading {
  const reading = readTone(text, clock);
  const { draft } = reading;
  const questions: TheirQuestion[] = [];
  const asks: string[] = [];
  draft.sentences.forEach((sentence, i) => {
    const words = sentence.words;
    const sentenceText = draft.analysed.slice(sentence.start, sentence.end).trim();
    if (words.length && (sentence.isQuestion || containsPhrase(words, INDIRECT_QUESTION)))
      questions.push({ text: sentenceText, kind: questionKind(words), topics: topicWords(words) });
    if (reading.asks[i]) asks.push(sentenceText);
  });
  const exclamations = draft.tokens.filter((token) => token.text === '!').length;
  return {
    intent: draft.words.length ? classifyIntent(reading).label : 'other',
    questions,
    asks,
    promises: findCommitments(draft),
    mood: moodOf(draft.norms, reading.thanks.includes(true), exclamations),
    topics: topicWords(draft.norms),
  };
}
