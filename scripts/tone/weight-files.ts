// The shipped weight files as training writes them: `npm run train:tone` writes these strings, and a unit test
// retrains and compares them with the committed files byte for byte.
//   politeness: Stanford Politeness Corpus, Wikipedia requests, top vs bottom quartile
//               (../shared/data/politeness/wikipedia.annotated.csv; Danescu-Niculescu-Mizil et al., ACL 2013)
//   ask:        Parakweet e-mail intent sentences, request/proposal yes or no
//               (../shared/data/intent/Ask0729-fixed.txt)
//   judgement:  the 400 judged LinkedIn messages (../shared/data/linkedin-messages/dev.jsonl)
// Training is deterministic: the same data gives the same files.
import { join } from 'node:path';
import { loadAsks, loadPoliteness } from './datasets';
import { loadJudgedMessages } from './judged-messages';
import { judgementRows } from './judgement-rows';
import { ASK, POLITENESS } from './recipes';
import { trainJudgement } from './train-judgement';

const TONE_DIR = join(import.meta.dirname, '..', '..', 'lib', 'tone');
export const MODEL_WEIGHTS_PATH = join(TONE_DIR, 'model-weights.json');
export const JUDGEMENT_WEIGHTS_PATH = join(TONE_DIR, 'judgement-weights.json');

/** model-weights.json: the politeness and ask models. */
export function trainModelWeights(): string {
  const politeness = POLITENESS.learn(POLITENESS.examples(loadPoliteness()));
  const ask = ASK.learn(ASK.examples(loadAsks()));
  const file = {
    source:
      'scripts/train-tone.ts on ../shared/data/politeness/wikipedia.annotated.csv (Stanford Politeness Corpus, ' +
      'Apache-2.0) and ../shared/data/intent/Ask0729-fixed.txt (Parakweet EmailIntentDataSet, Apache-2.0)',
    politeness,
    ask,
  };
  return `${JSON.stringify(file)}\n`;
}

/**
 * judgement-weights.json. The judgement reads the politeness and ask models' outputs through the engine, which
 * imports the committed model-weights.json: after changing those models, train twice (the second run is a no-op
 * when nothing moved).
 */
export function trainJudgementWeights(): string {
  return `${JSON.stringify(trainJudgement(judgementRows(loadJudgedMessages())))}\n`;
}
