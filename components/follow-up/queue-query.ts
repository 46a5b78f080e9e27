import { pageConnection } from '../../lib/db/page-connection';
import {
  CONNECTION_STEP,
  loadQueue,
  QUEUE_MEASURE,
  QUEUE_STORES,
  type QueueStep,
  queueStepMeasure,
} from '../../lib/db/queries/load-queue';
import { loadShownQueue } from '../../lib/db/queries/shown-queue';
import { followStores } from '../../lib/db/store-changes';
import type { QueueGroupId } from '../../lib/engine/grouping';
import { type QueueLayout, queueLayout } from '../../lib/engine/queue-layout';
import type { FollowUpItem } from '../../lib/engine/types';
import type { Settings } from '../../lib/schema/settings';
import { userTimeZone } from '../../lib/time/calendar';
import { whenSettingsLoaded } from '../shared/settings-store';
import { markPanel } from './panel-marks';

export interface Queue {
  items: FollowUpItem[];
  /** The moment the queue was computed for, so grouping agrees with it. */
  now: number;
  /**
   * The groups whose rows were all named and worded (the side panel's `expanded` when the queue was computed): a
   * group shows all its rows once the queue has them, not while it is computed again (they would have no name).
   */
  expanded: ReadonlySet<QueueGroupId>;
  /** Its batches and groups, as laid out to pick the people shown; none where nobody is shown (the popup). */
  layout?: QueueLayout;
}

/** A queue's batches and groups: as its computation laid them out, or laid out now where it did not (nobody shown). */
export const layoutOf = (queue: Queue, timeZone: string): QueueLayout =>
  queue.layout ?? queueLayout(queue.items, queue.now, timeZone);

/** What a computation of the queue depends on; a change in any of them computes it again. */
export interface QueueInputs {
  settings: Settings;
  /** The minute tick (components/shared/use-now.ts): items move from Today to Overdue while the page is open. */
  minute: number;
  timeZone: string;
  /** The groups shown in full, sorted and joined by spaces; null where nobody is shown (the popup counts people). */
  expanded: string | null;
}

const sameInputs = (a: QueueInputs, b: QueueInputs) =>
  a.settings === b.settings &&
  a.minute === b.minute &&
  a.timeZone === b.timeZone &&
  a.expanded === b.expanded;

/**
 * The queue for these inputs. The clock is read here, at each computation: a meeting logged a second ago must
 * not look like it is dated in the future. The names are read for the rows on screen (`expanded`). Read
 * without Dexie (the side panel's first script then has none); nothing while the database does not exist yet.
 */
async function computeQueue({ settings, timeZone, expanded }: QueueInputs): Promise<Queue> {
  const start = performance.now();
  const now = Date.now();
  const opened = new Set((expanded ?? '').split(' ').filter(Boolean) as QueueGroupId[]);
  // Each step on the timeline too (the side panel's benchmark tells where a first computation's time goes).
  let stepStart = start;
  const stepDone = (step: QueueStep | typeof CONNECTION_STEP) => {
    const end = performance.now();
    performance.measure(queueStepMeasure(step), { start: stepStart, end });
    stepStart = end;
  };
  const db = await pageConnection();
  stepDone(CONNECTION_STEP);
  const context = { settings, now, timeZone, stepDone };
  const { items, layout } = !db
    ? { items: [], layout: undefined }
    : expanded === null
      ? { items: await loadQueue(db, { ...context, namesFor: () => [] }), layout: undefined }
      : await loadShownQueue(db, { ...context, opened });
  // On DevTools' timeline, and counted by the side panel's benchmark (one computation per open).
  performance.measure(QUEUE_MEASURE, { start });
  return { items, now, expanded: opened, layout };
}

type Next = (queue: Queue) => void;
type Fail = (error: unknown) => void;

/**
 * The queue for these inputs, computed when subscribed to and again after every write to a store it reads (by
 * the background, or anyone: lib/db/store-changes.ts), as an observable dexie-react-hooks' useObservable takes.
 */
const liveQueue = (inputs: QueueInputs) => ({
  subscribe(next: Next, fail: Fail = () => undefined) {
    return { unsubscribe: followStores(QUEUE_STORES, () => computeQueue(inputs), next, fail) };
  },
});

/**
 * A live query of the queue that runs before anyone subscribes and hands what it found to whoever does: the side
 * panel starts it as its script runs, so its IndexedDB reads overlap React's start-up instead of following it. Its
 * getValue/hasValue let dexie-react-hooks' useObservable render a queue found already in its first render.
 */
export class StartedQuery {
  private value: Queue | undefined;
  private error: unknown;
  private failed = false;
  private readonly observers = new Set<{ next: Next; fail: Fail }>();
  private running: { unsubscribe(): void } | undefined;
  /** Whether a subscriber has come and gone: the query then stops when nobody listens. */
  private taken = false;

  constructor(
    readonly inputs: QueueInputs,
    /** Told the first queue found, or undefined if the query failed (whoever subscribes is told why). */
    private onFirst: (queue: Queue | undefined) => void,
  ) {
    this.run();
  }

  /** Tells the first answer (a queue, or undefined on a failure) to whoever started the query, once. */
  private tellFirst(queue: Queue | undefined) {
    this.onFirst(queue);
    this.onFirst = () => undefined;
  }

  private run() {
    this.running = liveQueue(this.inputs).subscribe(
      (queue) => {
        this.value = queue;
        this.tellFirst(queue);
        for (const observer of this.observers) observer.next(queue);
      },
      (error) => {
        this.error = error;
        this.failed = true;
        this.tellFirst(undefined);
        for (const observer of this.observers) observer.fail(error);
      },
    );
  }

  private stop() {
    this.running?.unsubscribe();
    this.running = undefined;
  }

  /** Stops it, unless a subscriber has it (an early start the page never asked for: its inputs changed). */
  stopUnlessTaken() {
    if (!this.taken) this.stop();
  }

  hasValue = () => this.value !== undefined;
  getValue = () => this.value;

  subscribe = (next: Next, fail: Fail) => {
    const observer = { next, fail };
    this.observers.add(observer);
    this.taken = true;
    // A subscriber after a StrictMode remount (development builds) finds the query stopped: it runs again.
    if (!this.running) this.run();
    if (this.failed) fail(this.error);
    else if (this.value) next(this.value);
    return {
      unsubscribe: () => {
        this.observers.delete(observer);
        if (this.taken && !this.observers.size) this.stop();
      },
    };
  };
}

let started: StartedQuery | undefined;

/**
 * Opens the database while storage answers with the settings, not after (the queue's first transaction waited
 * 15–140 ms for it in the side panel, load 12). A failure to open is the queue query's to report: it fails the same way.
 */
export function openQueueDatabase() {
  pageConnection().catch(() => undefined);
}

/** The side panel's early query once it has its first answer, with what it was started with. */
export interface EarlyQueue {
  /** The first queue found, or undefined if the query failed (the page's hook reports why). */
  first: Queue | undefined;
  /** The settings it was computed with: the page's settings store starts from this object (settings-store.ts). */
  settings: Settings;
  /** The live query itself, for a page whose queue-query is another copy of this module (adoptEarlyQuery). */
  query: StartedQuery;
}

/**
 * Opens the database and starts the queue's live query as soon as the settings are read, before the page's hook
 * asks for it (see StartedQuery), for the inputs the hook starts with: the first minute, the user's time zone,
 * and `expanded` (the side panel: '', no group opened in full yet). Resolves once the first queue is found (the side
 * panel paints it before React loads).
 */
export function startQueueEarly(expanded: string | null): Promise<EarlyQueue> {
  openQueueDatabase();
  return new Promise((resolve) =>
    whenSettingsLoaded((settings) => {
      markPanel('settingsRead');
      const query = new StartedQuery({ settings, minute: 0, timeZone: userTimeZone(), expanded }, (first) =>
        resolve({ first, settings, query }),
      );
      started = query;
    }),
  );
}

/**
 * Makes a query started early by another copy of this module the one queueQuery hands out: the side panel's first
 * step is a script of its own (entrypoints/sidepanel-first-step.ts) with its own copy, and its query is handed to the
 * React page's (components/follow-up/first-step-handover.ts), so the queue is still computed once per open. Its
 * inputs match the hook's only if this page's settings store holds the same settings object (publishSettings).
 */
export function adoptEarlyQuery(query: StartedQuery) {
  started?.stopUnlessTaken();
  started = query;
}

/**
 * The live query of the queue for these inputs: the one started early if it is for the same inputs (taken once),
 * otherwise a new one.
 */
export function queueQuery(inputs: QueueInputs) {
  const early = started;
  started = undefined;
  if (early && sameInputs(early.inputs, inputs)) return early;
  early?.stopUnlessTaken();
  return liveQueue(inputs);
}
