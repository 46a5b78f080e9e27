// `npm run train:tone` — learns the tone engine's three small models from human-labelled data and writes
// lib/tone/model-weights.json, which the engine imports statically.
//   politeness: Stanford Politeness Corpus, Wikipedia requests, top vs bottom quartile
//               (../shared/data/politeness/wikipedia.annotated.csv; Danescu-Niculescu-Mizil et al., ACL 2013)
//   ask:        Parakweet e-mail intent sentences, request/proposal yes or no
//               (../shared/data/intent/Ask0729-fixed.txt)
// Training is deterministic: the same data gives the same file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAsks, loadPoliteness } from './tone/datasets';
import { loadJudgedMessages } from './tone/judged-messages';
import { judgementRows } from './tone/judgement-rows';
import { ASK, POLITENESS } from './tone/recipes';
import { trainJudgement } from './tone/train-judgement';

const out = join(import.meta.dirname, '..', 'lib', 'tone', 'model-weights.json');
const politeness = POLITENESS.learn(POLITENESS.examples(loadPoliteness()));
const ask = ASK.learn(ASK.examples(loadAsks()));
const file = {
  source:
    'scripts/train-tone.ts on ../shared/data/politeness/wikipedia.annotated.csv (Stanford Politeness Corpus, ' +
    'Apache-2.0) and ../shared/data/intent/Ask0729-fixed.txt (Parakweet EmailIntentDataSet, Apache-2.0)',
  politeness,
  ask,
};
const json = `${JSON.stringify(file)}\n`;
writeFileSync(out, json);
console.log(
  `wrote ${out}: ${(json.length / 1024).toFixed(1)} KB, politeness ${Object.keys(politeness.weights).length} ` +
    `weights, ask ${Object.keys(ask.weights).length} weights`,
);

// The judgement reads the politeness and ask models' outputs, so it is learned after them: run this script twice
// after changing those (the second run is a no-op when nothing moved).
const judgementOut = join(import.meta.dirname, '..', 'lib', 'tone', 'judgement-weights.json');
const judgement = trainJudgement(judgementRows(loadJudgedMessages()));
const judgementJson = `${JSON.stringify(judgement)}\n`;
writeFileSync(judgementOut, judgementJson);
console.log(
  `wrote ${judgementOut}: ${(judgementJson.length / 1024).toFixed(1)} KB, ${judgement.features.length} features`,
);
