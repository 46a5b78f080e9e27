// What a page's draft box uses of the tone engine: one chunk, fetched with the weights when a draft first opens
// (./use-tone-engine.ts), never part of a page's own bundle.
export { coachFromHeard } from '../../lib/coach/from-heard';
export * from '../../lib/tone';
export { toneWeightsReady } from '../../lib/tone/model/models';
