// Reads the intents of an export's messages beside the import's worker, on another core, while that one checks and
// builds the import: it then stages chunks whose intents are already read (lib/import/early-intents.ts).

import { toneWeightsReady } from '../tone/model/models';
import type { IntentAnswer, IntentBatch } from './early-intents';
import { intentReader } from './intent-reader';

const intentOf = intentReader();

addEventListener('message', ({ ports: [port] }: MessageEvent) => {
  if (!port) return;
  port.onmessage = async ({ data: { batch, texts } }: MessageEvent<IntentBatch>) => {
    await toneWeightsReady();
    const answer: IntentAnswer = { batch, intents: texts.map(intentOf) };
    port.postMessage(answer);
  };
});
