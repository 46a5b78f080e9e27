import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  JUDGEMENT_WEIGHTS_PATH,
  MODEL_WEIGHTS_PATH,
  trainJudgementWeights,
  trainModelWeights,
} from '../../../scripts/tone/weight-files';

// The shipped weights are what `npm run train:tone` writes from ../shared/data, byte for byte: retrain and compare.
// A difference means the committed files were edited by hand, or trained from other code or data.
describe('the shipped tone weights', () => {
  it('are reproduced byte for byte by training (politeness and ask models)', () => {
    expect(trainModelWeights()).toBe(readFileSync(MODEL_WEIGHTS_PATH, 'utf8'));
  }, 60_000);

  it('are reproduced byte for byte by training (judgement)', () => {
    expect(trainJudgementWeights()).toBe(readFileSync(JUDGEMENT_WEIGHTS_PATH, 'utf8'));
  }, 60_000);
});
