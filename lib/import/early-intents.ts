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
 * core while this worker parses, checks and builds the import: each text is queued as its row is parsed, and every
 * INTENT_BATCH texts leave at once, so the other core reads intents while this one is still parsing (it was idle
 * then, and the first chunks waited for intents read after the parse). A text whose answer has not come (yet) is
 * read here, so every intent is the tone engine's own, whoever read it.
 */
export class EarlyIntents {
  private readonly known = new Map<string, Intent | undefined>();
  private readonly sent = new Map<number, string[]>();
  private queued: string[] = [];
  private nextBatch = 0;

  constructor(
    private readonly readHere: (text: string) => Intent | undefined,
    private readonly send: (batch: IntentBatch) => void,
  ) {}

  /** Queues a message's text; a full batch is sent at once. */
  readAhead(text: string): void {
    this.queued.push(text);
    if (this.queued.length === INTENT_BATCH) this.flush();
  }

  /** Sends the texts queued since the last batch (the parse is over): the last batch, shorter than the rest. */
  flush(): void {
    if (!this.queued.length) return;
    const batch = { batch: this.nextBatch++, texts: this.queued };
    this.queued = [];
    this.sent.set(batch.batch, batch.texts);
    this.send(batch);
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
