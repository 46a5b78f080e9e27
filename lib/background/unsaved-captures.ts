import { browser } from 'wxt/browser';
import type { MessageType, ParsedRequestOf } from '../protocol/map';
import { HandledError, type Handler, type Handlers } from '../protocol/router';
import type { SenderFacts } from '../protocol/sender';
import type { HandlerContext } from './context';
import { messageSent } from './handlers/message-sent';
import { profileCaptured } from './handlers/profile-captured';
import { threadRead } from './handlers/thread-read';
import { UNSAVED_KEY } from './unsaved-key';

/**
 * What Rapport records on its own (a profile seen, a message sent, a conversation read) must not vanish when the
 * disk or the browser's storage quota is full. A capture the database refuses for lack of space is parked, the
 * toolbar and Rapport's pages say how many are waiting, and they are written again — every minute, after the next
 * capture that does get saved, or when the user asks — each with the time it really happened.
 *
 * Parked captures live in `storage.session`: in memory (no words reach the disk, whatever the excerpt setting),
 * kept while the browser runs even if the worker is stopped, not readable by content scripts, emptied by Wipe.
 * They are not written to disk on purpose: the only store content scripts cannot read is IndexedDB, the one that is
 * full; extension storage is readable from every LinkedIn tab and would hold the user's words. So the pages say
 * they wait in memory, and only a number is kept on disk (WAITING_COUNT_KEY: those waiting plus those lost that the
 * user has not seen yet): if the browser closes first, the next start reports them as lost instead of forgetting
 * them silently. Content scripts can write that number too, so the background puts back any change it did not make
 * (guardWaitingCount).
 */
export const CAPTURE_TYPES = ['profile/captured', 'message/sent', 'thread/read'] as const;
export type CaptureType = (typeof CAPTURE_TYPES)[number];

export interface ParkedCapture {
  type: CaptureType;
  payload: unknown;
  /** The page it came from, as the handler saw it (a profile capture checks the tab's address). */
  sender?: SenderFacts;
  /** When it was captured: the clock its write is replayed with. */
  at: number;
  /** Its size as JSON, counted once, against MAX_PARKED_CHARS. */
  chars: number;
  /** Retries it failed for a reason other than space (absent: none yet). */
  failures?: number;
}

export interface UnsavedState {
  parked: ParkedCapture[];
  /** Captures dropped because even the waiting list was full (oldest first out). */
  lost: number;
}

/** Where the waiting list lives (storage.session in the worker, a variable in tests). */
export interface UnsavedStore {
  read(): Promise<UnsavedState>;
  write(state: UnsavedState): Promise<void>;
}

/**
 * Retries a waiting capture may fail for a reason other than space before it counts as lost. Not one: such a failure
 * can pass (the tone weights unreadable while the extension updates, the database closed by an upgrade), and a
 * capture that already waited for room should not be lost to a hiccup; not unbounded either: one that fails for good
 * would be retried every minute forever.
 */
export const MAX_REPLAY_FAILURES = 3;

/** What the waiting list may hold, well under storage.session's 10 MB. */
export const MAX_PARKED_CHARS = 4_000_000;

/**
 * How many captures wait or were lost unseen, in extension storage (a number, never what they were): it outlives
 * the browser. Absent when there are none.
 */
export const WAITING_COUNT_KEY = 'unsavedWaiting';

/** What the count on disk says of a state. */
const countOnDisk = (state: UnsavedState) => state.parked.length + state.lost;
/** A stored count as a number of captures, whatever storage holds. */
const countFrom = (stored: unknown) =>
  typeof stored === 'number' && stored > 0 ? Math.min(Math.floor(stored), 1_000_000) : 0;

const sessionState = async () => {
  const stored = (await browser.storage.session.get(UNSAVED_KEY))[UNSAVED_KEY] as UnsavedState | undefined;
  return stored && Array.isArray(stored.parked) ? stored : undefined;
};

/**
 * The waiting list in storage.session, which Rapport's pages and the badge follow through storage.onChanged. Before
 * the first write of a browser session, what the count on disk says (captures that were still waiting when the
 * browser closed, and lost ones not yet seen) counts as lost.
 */
export const sessionStore: UnsavedStore = {
  async read() {
    const own = await sessionState();
    if (own) return own;
    const count = (await browser.storage.local.get(WAITING_COUNT_KEY))[WAITING_COUNT_KEY];
    return { parked: [], lost: countFrom(count) };
  },
  async write(state) {
    await browser.storage.session.set({ [UNSAVED_KEY]: state });
    // Best effort: on a full disk this may fail too, and then only the count of a later close is missing.
    const count = countOnDisk(state);
    await (count
      ? browser.storage.local.set({ [WAITING_COUNT_KEY]: count })
      : browser.storage.local.remove(WAITING_COUNT_KEY)
    ).catch((error: unknown) => console.warn('Rapport: waiting count not saved', error));
  },
};

/**
 * One change of the waiting list or its count at a time, in the one context that makes them (the background): a
 * capture parked during a retry is not overwritten by it, nor a put-back by either.
 */
let chain: Promise<unknown> = Promise.resolve();
const serially = <T>(change: () => Promise<T>): Promise<T> => {
  const run = chain.then(change);
  chain = run.catch(() => undefined);
  return run;
};

/**
 * Keeps the count on disk the background's own. Every content script may write extension storage, and a count one
 * wrote would make the next start report captures lost that never were (or hide those that were). Any change the
 * background did not make is put back: to what the waiting list says, or — before anything waited in this browser
 * session — to the value it replaced, which then becomes the session's own, so a second change cannot build on the
 * first. Returns the unsubscribe.
 */
export function guardWaitingCount(): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(WAITING_COUNT_KEY in changes)) return;
    const before = changes[WAITING_COUNT_KEY]?.oldValue;
    void serially(async () => {
      const own = await sessionState();
      const onDisk = countFrom((await browser.storage.local.get(WAITING_COUNT_KEY))[WAITING_COUNT_KEY]);
      // The background writes the list before the count: with no list yet, no change to the count was its own.
      if (own && countOnDisk(own) === onDisk) return;
      console.warn('Rapport: the count of unsaved captures was changed from outside; put back');
      await sessionStore.write(own ?? { parked: [], lost: countFrom(before) });
    }).catch((error: unknown) => console.warn('Rapport: waiting count not put back', error));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Wipe: nothing waits and no notice is owed; in turn with the guard, so a put-back cannot bring a count back. */
export const clearUnsaved = () => serially(() => sessionStore.write({ parked: [], lost: 0 }));

/** True for the browser's "no space" in any of the wrappings Dexie and IndexedDB give it. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner ?? cause;
  }
  return false;
}

const REPLAYERS: { [K in CaptureType]: (context: HandlerContext) => Handler<K> } = {
  'profile/captured': profileCaptured,
  'message/sent': messageSent,
  'thread/read': threadRead,
};

/** The waiting list with `capture` added last, the oldest dropped (and counted as lost) past `limit` characters. */
export function park(
  state: UnsavedState,
  capture: Omit<ParkedCapture, 'chars'>,
  limit = MAX_PARKED_CHARS,
): UnsavedState {
  const parked = [...state.parked, { ...capture, chars: JSON.stringify(capture.payload).length }];
  let lost = state.lost;
  let size = parked.reduce((sum, item) => sum + item.chars, 0);
  while (parked.length > 1 && size > limit) {
    size -= parked.shift()!.chars;
    lost++;
  }
  return { parked, lost };
}

export interface UnsavedCaptures {
  /** The capture handlers, parking what the database refuses for space; every other handler as it is. */
  wrap(handlers: Handlers): Handlers;
  /** Writes the waiting captures, oldest first, until one is refused for space again. */
  retry(): Promise<{ saved: number; waiting: number }>;
  status(): Promise<{ waiting: number; lost: number; since: number | null }>;
  /** The user saw that some were lost: the count starts again. */
  forgetLost(): Promise<void>;
}

export function unsavedCaptures({ db, now }: HandlerContext, store: UnsavedStore): UnsavedCaptures {
  const retry = () =>
    serially(async () => {
      const state = await store.read();
      let saved = 0;
      let lost = state.lost;
      const parked: ParkedCapture[] = [];
      for (const [index, capture] of state.parked.entries()) {
        const replay = REPLAYERS[capture.type]({ db, now: () => capture.at }) as (
          payload: unknown,
          sender: SenderFacts,
        ) => Promise<unknown>;
        try {
          await replay(capture.payload, capture.sender ?? {});
          saved++;
        } catch (error) {
          // Still no room: this one and every later one wait for the next retry, in their order.
          if (isQuotaError(error)) {
            parked.push(...state.parked.slice(index));
            break;
          }
          console.warn('Rapport: a waiting capture could not be saved', error);
          const failures = (capture.failures ?? 0) + 1;
          if (failures < MAX_REPLAY_FAILURES) parked.push({ ...capture, failures });
          else lost++;
        }
      }
      // Untouched when the first one was still refused for space: nothing to write.
      if (parked[0] !== state.parked[0] || parked.length !== state.parked.length)
        await store.write({ parked, lost });
      return { saved, waiting: parked.length };
    });

  const wrapOne = <K extends CaptureType>(type: K, handler: Handler<K>): Handler<K> => {
    return async (payload: ParsedRequestOf<K>, sender: SenderFacts) => {
      const at = now();
      try {
        const result = await handler(payload, sender);
        void retry().catch(() => undefined);
        return result;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        await serially(async () =>
          store.write(
            park(await store.read(), { type, payload, at, sender: { tab: { url: sender.tab?.url } } }),
          ),
        );
        throw new HandledError(
          'failed',
          'Not saved yet: the browser has no room left. Rapport will try again.',
        );
      }
    };
  };

  return {
    wrap(handlers) {
      const wrapped = { ...handlers };
      for (const type of CAPTURE_TYPES) {
        (wrapped as Record<MessageType, unknown>)[type] = wrapOne(
          type,
          handlers[type] as Handler<typeof type>,
        );
      }
      return wrapped;
    },
    retry,
    async status() {
      const { parked, lost } = await store.read();
      return { waiting: parked.length, lost, since: parked[0]?.at ?? null };
    },
    forgetLost: () =>
      serially(async () => {
        const state = await store.read();
        await store.write({ ...state, lost: 0 });
      }),
  };
}
