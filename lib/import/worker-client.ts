import type { FromImportWorker, ToImportWorker } from './worker-messages';

type Reply<T extends FromImportWorker['type']> = Extract<FromImportWorker, { type: T }>;

/** The parsing worker as promises: each request waits for its answer, and a failure in the worker rejects it. */
export class ImportWorkerClient {
  private readonly worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  /** Reads the messages' intents on another core while the import's worker checks and builds the import. */
  private readonly intents = new Worker(new URL('./intent.worker.ts', import.meta.url), { type: 'module' });
  private pending: {
    type: string;
    resolve: (m: FromImportWorker) => void;
    reject: (e: Error) => void;
  } | null = null;

  constructor(onReading: (file: string) => void) {
    const { port1, port2 } = new MessageChannel();
    this.worker.postMessage({ type: 'intents', port: port1 } satisfies ToImportWorker, [port1]);
    this.intents.postMessage(null, [port2]);
    this.worker.addEventListener('message', ({ data }: MessageEvent<FromImportWorker>) => {
      if (data.type === 'reading') return onReading(data.file);
      const pending = this.pending;
      this.pending = null;
      if (data.type === 'failed') pending?.reject(new Error(data.message));
      else pending?.resolve(data);
    });
    this.worker.addEventListener('error', (event) => this.pending?.reject(new Error(event.message)));
  }

  ask<T extends FromImportWorker['type']>(message: ToImportWorker, answer: T): Promise<Reply<T>> {
    return new Promise((resolve, reject) => {
      this.pending = { type: answer, resolve: resolve as (m: FromImportWorker) => void, reject };
      this.worker.postMessage(message);
    });
  }

  /**
   * Once every chunk is staged (or the import stopped), intents are of no more use: their worker is stopped, so a
   * reading it has not finished (a loaded machine) does not compete with the save for the cores.
   */
  stopIntents() {
    this.intents.terminate();
  }

  terminate() {
    this.worker.terminate();
    this.intents.terminate();
    this.pending?.reject(new Error('cancelled'));
    this.pending = null;
  }
}
