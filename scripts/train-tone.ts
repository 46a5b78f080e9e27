// `npm run train:tone` — learns the tone engine's models from human-labelled data (scripts/tone/weight-files.ts
// says which) and writes lib/tone/model-weights.json and lib/tone/judgement-weights.json.
import { writeFileSync } from 'node:fs';
import {
  JUDGEMENT_WEIGHTS_PATH,
  MODEL_WEIGHTS_PATH,
  trainJudgementWeights,
  trainModelWeights,
} from './tone/weight-files';

for (const [path, train] of [
  [MODEL_WEIGHTS_PATH, trainModelWeights],
  [JUDGEMENT_WEIGHTS_PATH, trainJudgementWeights],
] as const) {
  const json = train();
  writeFileSync(path, json);
  console.log(`wrote ${path}: ${(json.length / 1024).toFixed(1)} KB`);
}
