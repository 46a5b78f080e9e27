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
 * they wait in memory, and only their number is kept on disk (WAITING_COUNT_KEY): if the browser closes first, the
 * next start reports them as lost instead of forgetting them silently.
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

/** What the waiting list may hold, well under storage.session's 10 MB. */
export const MAX_PARKED_CHARS = 4_000_000;

/** How many captures wait, in extension storage (a number, never what they were): it outlives the browser. */
export const WAITING_COUNT_KEY = 'unsavedWaiting';

/**
 * The waiting list in storage.session, which Rapport's pages and the badge follow through storage.onChanged. Before
 * the first write of a browser session, captures that were still waiting when the browser closed count as lost.
 */
export const sessionStore: UnsavedStore = {
  async read() {
    const stored = (await browser.storage.session.get(UNSAVED_KEY))[UNSAVED_KEY] as UnsavedState | undefined;
    if (stored && Array.isArray(stored.parked)) return stored;
    const count = (await browser.storage.local.get(WAITING_COUNT_KEY))[WAITING_COUNT_KEY];
    const lostAtClose = typeof count === 'number' && count > 0 ? Math.min(Math.floor(count), 1_000_000) : 0;
    return { parked: [], lost: lostAtClose };
  },
  async write(state) {
    await browser.storage.session.set({ [UNSAVED_KEY]: state });
    // Best effort: on a full disk this may fail too, and then only the count of a later close is missing.
    await browser.storage.local
      .set({ [WAITING_COUNT_KEY]: state.parked.length })
      .catch((error: unknown) => console.warn('Rapport: waiting count not saved', error));
  },
};

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
  let chain: Promise<unknown> = Promise.resolve();
  /** One change of the list at a time: a capture parked during a retry is not overwritten by it. */
  const serially = <T>(change: () => Promise<T>): Promise<T> => {
    const run = chain.then(change);
    chain = run.catch(() => undefined);
    return run;
  };

  const retry = () =>
    serially(async () => {
      const state = await store.read();
      let saved = 0;
      for (const capture of state.parked) {
        const replay = REPLAYERS[capture.type]({ db, now: () => capture.at }) as (
          payload: unknown,
          sender: SenderFacts,
        ) => Promise<unknown>;
        try {
          await replay(capture.payload, capture.sender ?? {});
        } catch (error) {
          if (isQuotaError(error)) break;
          // Anything else would fail again forever (it passed validation once): counted with the lost ones.
          console.warn('Rapport: a waiting capture could not be saved', error);
          state.lost++;
        }
        saved++;
      }
      if (saved === 0) return { saved, waiting: state.parked.length };
      const parked = state.parked.slice(saved);
      await store.write({ parked, lost: state.lost });
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
