import { beforeAll, describe, expect, it } from 'vitest';
import { EarlyIntents, INTENT_BATCH } from '../../../lib/import/early-intents';
import { intentReader } from '../../../lib/import/intent-reader';
import type { Intent } from '../../../lib/schema/interaction';
import { toneWeightsReady } from '../../../lib/tone/model/models';

const TEXTS = [
  'Could you introduce me to your colleague at Acme?',
  'Thank you so much for the introduction!',
  'Here is the deck I promised you.',
  'Just following up on my last message.',
  '',
];

/** The intents worker's side (lib/import/intent.worker.ts): each batch's intents, read by the tone engine. */
function answer(batch: { batch: number; texts: string[] }) {
  const intentOf = intentReader();
  return { batch: batch.batch, intents: batch.texts.map((text) => intentOf(text)) };
}

describe('intents read ahead by the intents worker', () => {
  beforeAll(() => toneWeightsReady());

  it('give each text the intent the import would read itself, whether its answer came or not', () => {
    const readHere: string[] = [];
    const local = intentReader();
    const early = new EarlyIntents((text) => {
      readHere.push(text);
      return local(text);
    });
    const [first, second] = early.batches([...TEXTS.slice(0, 3), ...TEXTS.slice(0, 3)]);
    expect(second).toBeUndefined();
    early.answered(answer(first!));
    const expected = TEXTS.map(intentReader());
    expect(expected.some((intent) => intent !== undefined)).toBe(true);
    expect(TEXTS.map(early.intentOf)).toEqual(expected);
    // Only the texts whose answer never came were read here.
    expect(readHere).toEqual(TEXTS.slice(3));
  });

  it('splits the texts into numbered batches of INTENT_BATCH, and takes each answer once, for its own texts', () => {
    const early = new EarlyIntents(() => 'other');
    const texts = Array.from({ length: INTENT_BATCH + 2 }, (_, i) => `text ${i}`);
    const batches = early.batches(texts);
    expect(batches.map((batch) => [batch.batch, batch.texts.length])).toEqual([
      [0, INTENT_BATCH],
      [1, 2],
    ]);
    expect(early.batches(['later'])[0]!.batch).toBe(2);
    const asked: Intent = 'ask';
    // An answer of the wrong length, or for no batch sent, is not taken.
    early.answered({ batch: 1, intents: [asked] });
    early.answered({ batch: 7, intents: [asked, asked] });
    expect(early.intentOf(`text ${INTENT_BATCH}`)).toBe('other');
    early.answered({ batch: 1, intents: [asked, undefined] });
    expect([early.intentOf(`text ${INTENT_BATCH}`), early.intentOf(`text ${INTENT_BATCH + 1}`)]).toEqual([
      'ask',
      undefined,
    ]);
  });
});
