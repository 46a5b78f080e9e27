// The shipped weights, produced by `npm run train:tone` (scripts/train-tone.ts) from ../shared/data, loaded once per
// context. In Node they come with the code; in the extension they are files fetched when first needed
// (./tone-weight-files.browser.ts), so every entry point that uses the tone engine awaits `toneWeightsReady()`
// first (the background's handlers that read them, ../../background/after-tone-weights.ts; the import worker before
// building; a page when a draft opens).
import { checkWeights, type JudgementWeights } from '../judgement/model';
import { type CompiledModel, compileModel } from './logistic';
import { bundledWeightFiles, fetchWeightFiles } from './tone-weight-files';
import type { ToneWeightFiles } from './weight-files-type';

interface ToneModels {
  politeness: CompiledModel;
  ask: CompiledModel;
  /** As the file has it: checked against the engine's feature list when the judgement is first used (below). */
  judgement: JudgementWeights;
}

let models: ToneModels | undefined;
let loading: Promise<void> | undefined;

function install(files: ToneWeightFiles): ToneModels {
  models ??= {
    politeness: compileModel(files.model.politeness),
    ask: compileModel(files.model.ask),
    judgement: files.judgement,
  };
  return models;
}

function loaded(): ToneModels {
  if (models) return models;
  const files = bundledWeightFiles();
  if (!files)
    throw new Error('Rapport used its tone models before loading them: await toneWeightsReady() first');
  return install(files);
}

/** Loads the weights (once per context; a failed load is tried again by the next call). */
export function toneWeightsReady(): Promise<void> {
  if (models) return Promise.resolve();
  loading ??= fetchWeightFiles().then(
    (files) => {
      install(files);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export const politenessModel = (): CompiledModel => loaded().politeness;
export const askModel = (): CompiledModel => loaded().ask;
let checkedJudgement: JudgementWeights | undefined;
// Checked on first use, not on load: training a judgement with a new feature computes its features with the
// politeness and ask models while the committed judgement file still lists the old ones.
export const shippedJudgement = (): JudgementWeights => {
  checkedJudgement ??= checkWeights(loaded().judgement);
  return checkedJudgement;
};
