// The shapes of history the queue is measured on, for fake-indexeddb in Node and for Chromium alike:
// - seed: the project's seed, every history row more than 60 days back (nothing recent but the due events);
// - even: three years of history spread evenly (2.7 % of rows in the last 30 days), the seed's kinds;
// - heavy: a few heavy contacts and many light ones (a fifth of the rows on 50 people), three years, with
//   meetings, help and thanks among them, so recent rows open and close follow-ups as real use does.
import type { RapportDatabase } from '../../lib/db/database';
import type { Interaction, InteractionKind } from '../../lib/schema/interaction';
import { seedHistory, seedPeople } from './queue-seed';

export const SHAPES = ['seed', 'even', 'heavy'] as const;
export type Shape = (typeof SHAPES)[number];

const DAY = 86_400_000;
const SPAN = 3 * 365 * DAY;
const CHUNK = 10_000;
const EVEN_KINDS: InteractionKind[] = [
  'visit',
  'message-sent',
  'message-received',
  'call',
  'commented',
  'note',
];
const HEAVY_KINDS: InteractionKind[] = [
  ...EVEN_KINDS,
  'message-sent',
  'message-received',
  'met',
  'helped',
  'thanked',
  'shared',
];
const HEAVY_PEOPLE = 50;

/** A deterministic fraction in [0, 1) of n (a hash, so rows interleave in time and person). */
const fraction = (n: number, salt: number) => (((n + salt) * 2_654_435_761) % 4_294_967_296) / 4_294_967_296;

function spreadRow(shape: 'even' | 'heavy', n: number, contacts: number, now: number): Interaction {
  const kinds = shape === 'even' ? EVEN_KINDS : HEAVY_KINDS;
  const heavy = shape === 'heavy' && fraction(n, 7) < 0.2;
  const person = heavy ? n % HEAVY_PEOPLE : Math.floor(fraction(n, 13) * contacts);
  const kind = kinds[n % kinds.length]!;
  return {
    id: `${shape}-${n}`,
    contactId: `person-${person}`,
    at: now - 1000 - Math.floor(fraction(n, 29) * SPAN),
    kind,
    actor: kind === 'thanked' || kind === 'message-sent' || kind === 'note' ? 'me' : n % 2 ? 'me' : 'them',
    exchange: 'none',
    context: kind === 'met' || kind === 'shared' || kind === 'note' ? 'Invented topic' : '',
    excerpt: '',
    source: 'import',
  };
}

async function seedSpread(
  db: RapportDatabase,
  shape: 'even' | 'heavy',
  contacts: number,
  from: number,
  to: number,
  now: number,
) {
  for (let start = from; start < to; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, to - start) }, (_, k) =>
      spreadRow(shape, start + k, contacts, now),
    );
    await db.interactions.bulkPut(rows);
  }
}

/** People (once, with `from` = 0) and the history rows [from, to) of a shape. */
export async function seedShape(
  db: RapportDatabase,
  shape: Shape,
  contacts: number,
  from: number,
  to: number,
  now: number,
) {
  if (from === 0) await seedPeople(db, contacts, now);
  if (shape === 'seed') await seedHistory(db, contacts, from, to, now);
  else await seedSpread(db, shape, contacts, from, to, now);
}
