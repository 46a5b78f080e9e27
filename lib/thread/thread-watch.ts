import type { sendToBackground } from '../browser/messaging';
import { afterPause } from '../hints/schedule';
import { COACHED_MESSAGES, THREAD_BATCH } from '../schema/limits';
import type { Position } from '../tone/types';
import {
  openThreadRoots,
  readThreadSliced,
  type ThreadMessage,
  type ThreadReading,
  threadRootOf,
} from './read-thread';
import { THREAD_ROOT } from './thread-dom';

/** Quiet time after the page last changed a conversation before it is read again (messages arrive in bursts). */
const SETTLE_MS = 400;
/** The most of one message of theirs a reply is coached against. */
const COACHED_CHARS = 2_000;
/** Where the user types a reply inside a conversation (LinkedIn's form, or any editable element). */
const REPLY_FORM = '.msg-form, [contenteditable="true"], textarea';

export interface ThreadEnvironment {
  send: typeof sendToBackground;
}

const participantKey = (messages: { participant: { profileId?: string; name?: string } }) =>
  messages.participant.profileId ?? `name:${messages.participant.name}`;

/**
 * What the open conversation says about a draft in it: their messages the user has not answered (coached against),
 * and where the draft sits for the tone engine — `first` in an empty thread, `reply` after their message (which is
 * `previous`), `nudge` after the user's own unanswered one. Nothing is known of a group or an unreadable thread.
 */
export interface Conversation {
  theirs: string[];
  position?: Position;
  previous?: string;
}

export function conversationOf(messages: readonly ThreadMessage[]): Conversation {
  const theirs = unansweredRun(messages)
    .slice(-COACHED_MESSAGES)
    .map((message) => message.text.slice(0, COACHED_CHARS));
  const last = messages.at(-1);
  if (!last) return { theirs, position: 'first' };
  if (last.from === 'me') return { theirs, position: 'nudge' };
  return { theirs, position: 'reply', previous: theirs.at(-1) };
}

/** Their messages after the user's last one: what a reply answers. */
export function unansweredRun(messages: readonly ThreadMessage[]): ThreadMessage[] {
  let start = messages.length;
  while (start > 0 && messages[start - 1]!.from === 'them') start--;
  return messages.slice(start);
}

/**
 * Reads the open conversations (messaging page, overlays) whenever the page changes one, and sends the other
 * person's messages not yet sent from this page to the background, which records each once. It only reads the
 * DOM: it never scrolls, fetches or clicks, so it sees what LinkedIn shows and no more. Group conversations and
 * conversations without a clear person are left alone.
 */
export function watchThreads(env: ThreadEnvironment) {
  /** Message keys handed to the background, per person: what is new since this page last looked. */
  const handed = new Map<string, Set<string>>();

  /** Counts changes to the conversations (not to the reply being typed): a reading is reused until the next one. */
  let version = 0;
  let stopped = false;
  const readings = new WeakMap<Element, { version: number; reading: Promise<ThreadReading> }>();
  /** The conversation as the page shows it now: read in short tasks, once per change, shared by every use. */
  const readingOf = (root: Element) => {
    const cached = readings.get(root);
    if (cached?.version === version) return cached.reading;
    const reading = readThreadSliced(root);
    readings.set(root, { version, reading });
    return reading;
  };

  const readAll = async () => {
    for (const root of openThreadRoots()) {
      const reading = await readingOf(root);
      if (stopped) return;
      if (reading.status !== 'read') continue;
      const key = participantKey(reading);
      const seen = handed.get(key) ?? new Set<string>();
      handed.set(key, seen);
      const fresh = reading.messages.filter((message) => message.from === 'them' && !seen.has(message.key));
      for (let i = 0; i < fresh.length; i += THREAD_BATCH) {
        const batch = fresh.slice(i, i + THREAD_BATCH);
        for (const message of batch) seen.add(message.key);
        void env
          .send('thread/read', {
            participant: reading.participant,
            messages: batch.map(({ key, text, day, time }) => ({ key, text, day, time })),
          })
          .then((reply) => {
            // Not recorded (the worker was busy restarting): let the next look hand them over again.
            if (!reply.ok) for (const message of batch) seen.delete(message.key);
          });
      }
    }
  };
  const schedule = afterPause(() => void readAll(), SETTLE_MS);
  const touchesThread = (record: MutationRecord) => {
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    // Typing in the reply box changes no message: re-reading 500 messages per keystroke pause is what it would cost.
    if (target?.closest(REPLY_FORM)) return false;
    if (target?.closest(THREAD_ROOT)) return true;
    for (const node of record.addedNodes)
      if (node instanceof Element && (node.matches(THREAD_ROOT) || node.querySelector(THREAD_ROOT)))
        return true;
    return false;
  };
  const changes = new MutationObserver((records) => {
    if (!records.some(touchesThread)) return;
    version++;
    schedule.poke();
  });
  changes.observe(document.body, { childList: true, subtree: true });
  schedule.poke();

  return {
    /** The conversation of `box` as a reply in it sees it (see Conversation); nothing for a group. */
    async conversationFor(box: Element): Promise<Conversation> {
      const root = threadRootOf(box);
      if (!root) return { theirs: [] };
      const reading = await readingOf(root);
      return reading.status === 'read' ? conversationOf(reading.messages) : { theirs: [] };
    },
    stop() {
      stopped = true;
      schedule.cancel();
      changes.disconnect();
    },
  };
}
export type ThreadWatch = ReturnType<typeof watchThreads>;
