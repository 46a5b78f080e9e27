// Invented data for the queue benchmark: many people and a long history, with a fixed number of recent, due
// events, so that a bigger history adds rows the queue must NOT read, and nothing it must.

import { newContact } from '../../lib/contacts/new-contact';
import type { RapportDatabase } from '../../lib/db/database';
import type { Commitment } from '../../lib/schema/commitment';
import type { Contact } from '../../lib/schema/contact';
import type { Interaction, InteractionKind } from '../../lib/schema/interaction';

const DAY = 86_400_000;
const CHUNK = 10_000;
/** Everything in the long history is older than this, out of every rule's recent window. */
const HISTORY_STARTS_AGO = 60 * DAY;
const HISTORY_KINDS: InteractionKind[] = [
  'visit',
  'message-sent',
  'message-received',
  'call',
  'commented',
  'note',
];
/** The recent, due part: the same in every size, so the due count does not change with the history. */
export const RECENT_EVENTS = 300;
export const CADENCE_CONTACTS = 500;
export const OPEN_COMMITMENTS = 200;

export function person(i: number, now: number): Contact {
  return newContact(`person-${i}`, `Person ${i}`, now - 1000 * DAY, {
    headline: 'Engineer',
    title: 'Engineer',
    company: `Company ${i % 500}`,
    degree: 2,
    lastSeenAt: now - (i % 900) * DAY,
    lastInteractionAt: now - HISTORY_STARTS_AGO - (i % 900) * DAY,
    tags: i % 50 === 0 ? ['mentor'] : [],
    cadenceDays: i < CADENCE_CONTACTS ? 30 + (i % 60) : null,
  });
}

export function historyRow(n: number, contacts: number, now: number): Interaction {
  return {
    id: `history-${n}`,
    contactId: `person-${n % contacts}`,
    at: now - HISTORY_STARTS_AGO - (n % 1000) * DAY - (n % 86_400) * 1000,
    kind: HISTORY_KINDS[n % HISTORY_KINDS.length]!,
    actor: n % 2 ? 'me' : 'them',
    exchange: 'none',
    context: '',
    excerpt: '',
    source: 'import',
  };
}

function recentRow(n: number, now: number): Interaction {
  const kinds: InteractionKind[] = ['met', 'connected', 'helped', 'intro'];
  return {
    id: `recent-${n}`,
    contactId: `person-${1000 + n}`,
    at: now - (n % 14) * DAY - 3_600_000,
    kind: kinds[n % kinds.length]!,
    actor: n % 4 < 2 ? 'me' : 'them',
    exchange: 'none',
    context: 'Invented Conference',
    excerpt: '',
    source: 'manual',
  };
}

function promise(n: number, now: number): Commitment {
  return {
    id: `promise-${n}`,
    contactId: `person-${2000 + n}`,
    by: n % 2 ? 'me' : 'them',
    text: 'Send the slides',
    madeAt: now - 10 * DAY,
    dueAt: now + ((n % 30) - 10) * DAY,
    status: 'open',
    closedAt: null,
    source: 'manual',
  };
}

async function inChunks<T>(total: number, make: (i: number) => T, put: (rows: T[]) => Promise<unknown>) {
  for (let start = 0; start < total; start += CHUNK) {
    await put(Array.from({ length: Math.min(CHUNK, total - start) }, (_, k) => make(start + k)));
  }
}

/** The recent, due rows: the same whatever the size of the history. */
export const recentRows = (now: number) => Array.from({ length: RECENT_EVENTS }, (_, n) => recentRow(n, now));

/** People and their open promises (their recent rows are `recentRows`, written with the history). */
export async function seedPeople(db: RapportDatabase, contacts: number, now: number) {
  await inChunks(
    contacts,
    (i) => person(i, now),
    (rows) => db.contacts.bulkPut(rows),
  );
  await db.commitments.bulkPut(Array.from({ length: OPEN_COMMITMENTS }, (_, n) => promise(n, now)));
}
