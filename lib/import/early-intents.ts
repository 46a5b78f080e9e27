import type { Intent } from '../schema/interaction';

/** A batch of message texts sent to the intents worker, numbered so its answer finds its texts again. */
export interface IntentBatch {
  batch: number;
  texts: string[];
}

/** The intents of one batch, in the order of its texts. */
export interface IntentAnswer {
  batch: number;
  intents: (Intent | undefined)[];
}

/** Texts per batch: the first answers come back while the rest are still being read. */
export const INTENT_BATCH = 5_000;

/**
 * The intents of the export's messages, read ahead by the intents worker (lib/import/intent.worker.ts) on another
 * core while this worker checks and builds the import; a text whose answer has not come (yet) is read here, so
 * every intent is the tone engine's own, whoever read it.
 */
export class EarlyIntents {
  private readonly known = new Map<string, Intent | undefined>();
  private readonly sent = new Map<number, string[]>();
  private nextBatch = 0;

  constructor(private readonly readHere: (text: string) => Intent | undefined) {}

  /** Splits the texts into the batches to send, and remembers each until its answer comes. */
  batches(texts: readonly string[]): IntentBatch[] {
    const batches: IntentBatch[] = [];
    for (let from = 0; from < texts.length; from += INTENT_BATCH) {
      const batch = { batch: this.nextBatch++, texts: texts.slice(from, from + INTENT_BATCH) };
      this.sent.set(batch.batch, batch.texts);
      batches.push(batch);
    }
    return batches;
  }

  answered({ batch, intents }: IntentAnswer): void {
    const texts = this.sent.get(batch);
    if (!texts || intents.length !== texts.length) return;
    this.sent.delete(batch);
    for (let i = 0; i < texts.length; i++) this.known.set(texts[i]!, intents[i]);
  }

  readonly intentOf = (text: string): Intent | undefined =>
    this.known.has(text) ? this.known.get(text) : this.readHere(text);
}
