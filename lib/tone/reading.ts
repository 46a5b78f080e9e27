import { promiseIndex } from './commitments';
import { sentenceAskProbability } from './model/ask-model';
import { askModel } from './model/models';
import {
  FOLLOW_UP,
  GIVE,
  HELP_OFFERS,
  INTEREST_QUESTIONS,
  REQUEST_FORMS,
  sentenceHas,
  thanksSentence,
} from './signals';
import { situationOf } from './situation';
import { type Draft, readDraft } from './text/draft';
import type { Sentence } from './text/sentences';
import type { Situation, ToneContext } from './types';

/** A sentence asks when the ask model says it is more likely than not. */
export const ASK_THRESHOLD = 0.5;

/** What a draft does, sentence by sentence: read once, shared by intent, rules and scores. */
export interface Reading {
  draft: Draft;
  /** The situation the draft is judged in. */
  situation: Situation;
  askProbability: readonly number[];
  asks: readonly boolean[];
  gives: readonly boolean[];
  thanks: readonly boolean[];
  followsUp: readonly boolean[];
  /** Sentences where the writer commits to something ("I'll send you the deck"). */
  promises: readonly boolean[];
}

/**
 * Whether a sentence can be an ask at all: a question or a request form, and not an offer of help or a question
 * taking an interest in them. The e-mail-trained ask model then says whether it is one.
 */
function canAsk(sentence: Sentence): boolean {
  if (sentenceHas(sentence, HELP_OFFERS)) return false;
  const requests = sentenceHas(sentence, REQUEST_FORMS);
  if (sentence.isQuestion) return requests || !sentenceHas(sentence, INTEREST_QUESTIONS);
  return requests;
}

export function readTone(text: string, context: ToneContext = {}): Reading {
  const draft = readDraft(text, context);
  // A promise ("I'll send you the deck") reads like a request to the e-mail-trained model, which counted dated
  // commitments as asks; for the give/ask ledger it is something offered.
  const promises = draft.sentences.map((sentence) => promiseIndex(sentence) >= 0);
  // The model is asked only about sentences that can ask: most sentences cannot, and the model's features are the
  // larger part of reading a message (an import reads 200,000 of them).
  const model = askModel();
  const askProbability = draft.sentences.map((sentence, i) =>
    promises[i] || !canAsk(sentence) ? 0 : sentenceAskProbability(model, sentence),
  );
  const asks = askProbability.map((p) => p >= ASK_THRESHOLD);
  const firstAsk = asks.indexOf(true);
  return {
    draft,
    situation: situationOf(context, text),
    promises,
    askProbability,
    asks,
    gives: draft.sentences.map(
      (sentence, i) => promises[i]! || sentenceHas(sentence, GIVE) || sentenceHas(sentence, HELP_OFFERS),
    ),
    thanks: draft.sentences.map((sentence, i) => thanksSentence(sentence, firstAsk >= 0 && i > firstAsk)),
    followsUp: draft.sentences.map((sentence) => sentenceHas(sentence, FOLLOW_UP)),
  };
}
