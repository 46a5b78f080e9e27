// `npm run eval:tone` — judges the tone engine against people, not against itself.
//   1. Politeness: Stanford Politeness Corpus binary task (Wikipedia, top vs bottom quartile), 10-fold CV,
//      retraining on every fold, beside the paper's figures.
//   2. Ask detection: Parakweet e-mail intent sentences, 10-fold CV, beside the majority baseline.
//   3. Transfer: the ask model (trained on e-mail only) run on the Wikipedia requests, every one of which
//      is a request, so its recall there is measured on a community it never saw.

import { draftAskProbability } from '../lib/tone/model/ask-model';
import { compileModel } from '../lib/tone/model/logistic';
import { readDraft } from '../lib/tone/text/draft';
import { crossValidate } from './tone/cross-validate';
import { loadAllWikipediaRequests, loadAsks, loadPoliteness } from './tone/datasets';
import { ASK, POLITENESS, POLITENESS_STRATEGIES_ONLY, politenessRecipe } from './tone/recipes';

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const FOLDS = 10;

const politeness = loadPoliteness();
console.log(`Politeness, Wikipedia binary task (${politeness.length} requests, ${FOLDS}-fold CV)`);
for (const recipe of [POLITENESS, POLITENESS_STRATEGIES_ONLY]) {
  const { accuracy } = crossValidate(
    recipe.examples(politeness),
    FOLDS,
    (train) => compileModel(recipe.learn(train)),
    recipe.predict,
  );
  console.log(`  ours, ${recipe.name.padEnd(44)} ${percent(accuracy)}`);
}
// The shipped penalty was picked on these same folds; choosing it inside each fold instead (5-fold inner CV)
// shows how much of the figure above is that choice.
const LEXICAL_L2_GRID = [2, 4, 8];
const nested = crossValidate(
  POLITENESS.examples(politeness),
  FOLDS,
  (train) => {
    const accuracyWith = (l2: number) => {
      const recipe = politenessRecipe('inner', () => true, l2);
      return crossValidate(train, 5, (inner) => compileModel(recipe.learn(inner)), recipe.predict).accuracy;
    };
    const scores = LEXICAL_L2_GRID.map(accuracyWith);
    const best = LEXICAL_L2_GRID[scores.indexOf(Math.max(...scores))]!;
    return compileModel(politenessRecipe('outer', () => true, best).learn(train));
  },
  POLITENESS.predict,
);
console.log(`  ours, ${'strategies + words, penalty tuned per fold'.padEnd(44)} ${percent(nested.accuracy)}`);
console.log(`  ${'paper, bag of words'.padEnd(50)} 79.8 %`);
console.log(`  ${'paper, politeness strategies'.padEnd(50)} 83.8 %`);
console.log(`  ${'humans'.padEnd(50)} 86.7 %`);

const asks = loadAsks();
const askExamples = ASK.examples(asks);
const ask = crossValidate(askExamples, FOLDS, (train) => compileModel(ASK.learn(train)), ASK.predict);
const positives = asks.filter((row) => row.label === 1).length;
const majority = Math.max(positives, asks.length - positives) / asks.length;
console.log(`\nAsk detection, e-mail intent (${asks.length} sentences, ${FOLDS}-fold CV)`);
console.log(`  ours                  accuracy ${percent(ask.accuracy)}   F1(ask) ${percent(ask.f1)}`);
console.log(
  `  majority baseline     accuracy ${percent(majority)}   F1(ask) ${percent(positives > asks.length / 2 ? (2 * positives) / (positives + asks.length) : 0)}`,
);

const askModel = compileModel(ASK.learn(askExamples));
const requests = loadAllWikipediaRequests();
const found = requests.filter((text) => draftAskProbability(askModel, readDraft(text)) >= 0.5).length;
console.log(`\nTransfer: ask model trained on e-mail, run on ${requests.length} Wikipedia requests`);
console.log(`  recall ${percent(found / requests.length)}`);
