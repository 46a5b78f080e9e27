import { nearestAround, recipientFrom } from '../hints/recipient';
import type { Recipient } from '../schema/sent-message';
import { fingerprint } from '../text/fingerprint';
import { cleanMultiline, cleanText } from '../text/sanitize';
import {
  DAY_HEADING,
  EVENT_URN,
  FROM_OTHER_CLASS,
  GROUP_MARKERS,
  GROUP_TIME,
  HEADER_NAME,
  LIST_ITEM,
  MESSAGE_BODY,
  MESSAGE_LIST,
  SENDER_LINK,
  SENDER_NAME,
  THREAD_HEADER,
  THREAD_ROOT,
} from './thread-dom';

/** The longest day heading or time label kept: "Wednesday, November 25, 2026" is 28. */
export const LABEL_CHARS = 40;

/** The most of one message that is read: LinkedIn caps messages at 8,000 characters. */
export const MESSAGE_CHARS = 8_000;

export interface ThreadMessage {
  /** Stable across reloads, overlays and the messaging page: LinkedIn's event URN, else sender, words and rank. */
  key: string;
  from: 'them' | 'me';
  text: string;
  /** The day heading above it ("Today", "Nov 25"), '' when none: the worker turns labels into a moment. */
  day: string;
  /** The time of its group ("10:23 AM"), '' when none. */
  time: string;
}

export type ThreadReading =
  | { status: 'read'; participant: Recipient; messages: ThreadMessage[] }
  /** Group conversations are left alone: no one person to attribute to. */
  | { status: 'group' }
  /** No header with a person (a new message being composed, or an unknown layout). */
  | { status: 'no-participant' };

interface Sender {
  profileId?: string;
  name: string;
  other: boolean;
}

/** The conversation `element` belongs to, if any. */
export const threadRootOf = (element: Element): Element | null => element.closest(THREAD_ROOT);

/** Every conversation open in the page: the messaging page's thread and each overlay, never one inside another. */
export function openThreadRoots(doc: Document = document): Element[] {
  return [...doc.querySelectorAll(THREAD_ROOT)].filter((root) => !root.parentElement?.closest(THREAD_ROOT));
}

function headerOf(root: Element): Element | null {
  return root.querySelector(THREAD_HEADER) ?? nearestAround(root, THREAD_HEADER, 'body');
}

function isGroupHeader(header: Element): boolean {
  if (header.querySelector(GROUP_MARKERS)) return true;
  const people = new Set(
    [...header.querySelectorAll('a[href*="/in/"]')].map((link) => link.getAttribute('href')),
  );
  return people.size > 1;
}

function senderOf(item: Element): Sender | null {
  const nameElement = item.querySelector(SENDER_NAME);
  const link = item.querySelector(SENDER_LINK);
  if (!nameElement && !link) return null;
  const recipient = recipientFrom(link, nameElement ?? link?.querySelector('img[alt]') ?? null);
  const alt = link?.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  return {
    profileId: recipient?.profileId,
    name: recipient?.name || alt.trim(),
    other: item.classList.contains(FROM_OTHER_CLASS),
  };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function isParticipant(sender: Sender, participant: Recipient): boolean {
  if (sender.profileId && participant.profileId) return sender.profileId === participant.profileId;
  return Boolean(sender.name && participant.name && sameName(sender.name, participant.name));
}

/** List items read between two chances to give the page its main thread back (see readThreadSliced). */
const ITEMS_PER_STEP = 25;
/** How long a reading may hold the main thread before it yields: well under a 50 ms long task. */
const STEP_BUDGET_MS = 12;

/**
 * Reads the messages of one open conversation that are in the DOM — it never scrolls, fetches or clicks. Each
 * message is attributed through the head of its group (LinkedIn names the sender once per run of messages): to
 * them when the head is the header's person, to the user otherwise. A message whose group head is not in the
 * DOM (older messages still loading above it) is skipped rather than guessed; a third sender makes it a group.
 */
export function readThread(root: Element): ThreadReading {
  const steps = readingSteps(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same reading in short tasks: a 500-message conversation read in one go held LinkedIn's main thread for
 * ~250 ms. It yields to the page whenever it has read for STEP_BUDGET_MS; the list it reads is the one the page
 * showed when it started (a change meanwhile brings another reading).
 */
export async function readThreadSliced(root: Element): Promise<ThreadReading> {
  const steps = readingSteps(root);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < STEP_BUDGET_MS) continue;
    await new Promise((resumed) => setTimeout(resumed, 0));
    since = performance.now();
  }
}

function* readingSteps(root: Element): Generator<void, ThreadReading> {
  const header = headerOf(root);
  if (!header) return { status: 'no-participant' };
  if (isGroupHeader(header)) return { status: 'group' };
  const participant = recipientFrom(
    header.querySelector('a[href*="/in/"]'),
    header.querySelector(HEADER_NAME),
  );
  if (!participant) return { status: 'no-participant' };
  const list = root.querySelector(MESSAGE_LIST);
  if (!list) return { status: 'read', participant, messages: [] };

  const messages: ThreadMessage[] = [];
  const ranks = new Map<string, number>();
  let me: Sender | null = null;
  let sender: Sender | null = null;
  let day = '';
  let time = '';
  let read = 0;
  for (const item of list.querySelectorAll(LIST_ITEM)) {
    if (++read % ITEMS_PER_STEP === 0) yield;
    if (item.classList.contains(DAY_HEADING)) {
      day = cleanText(item.textContent, LABEL_CHARS);
      sender = null;
      continue;
    }
    const body = item.querySelector(MESSAGE_BODY);
    if (!body) {
      // A system line (an accepted invitation, a call): the next message starts a new group.
      sender = null;
      continue;
    }
    const head = senderOf(item);
    if (head) {
      sender = head;
      time = cleanText(item.querySelector(GROUP_TIME)?.textContent, LABEL_CHARS);
    }
    if (!sender) continue;
    const theirs = isParticipant(sender, participant);
    if (!theirs) {
      // Anyone but the person and the user means several people write here: leave the conversation alone.
      if (me && !isParticipant(sender, { profileId: me.profileId, name: me.name }))
        return { status: 'group' };
      if (sender.other) return { status: 'group' };
      me ??= sender;
    }
    const text = cleanMultiline(body.textContent, MESSAGE_CHARS);
    if (!text) continue;
    messages.push({
      key: messageKey(item, theirs, text, ranks),
      from: theirs ? 'them' : 'me',
      text,
      day,
      time,
    });
  }
  return { status: 'read', participant, messages };
}

function messageKey(item: Element, theirs: boolean, text: string, ranks: Map<string, number>): string {
  const urn =
    item.closest(`[${EVENT_URN}]`)?.getAttribute(EVENT_URN) ??
    item.querySelector(`[${EVENT_URN}]`)?.getAttribute(EVENT_URN);
  if (urn) return `urn:${fingerprint(urn)}:${urn.length}`;
  // Without LinkedIn's identity: who wrote it, a fingerprint of the words, and which such message it is.
  const base = `${theirs ? 'them' : 'me'}:${fingerprint(text)}`;
  const rank = (ranks.get(base) ?? 0) + 1;
  ranks.set(base, rank);
  return `text:${base}:${rank}`;
}
