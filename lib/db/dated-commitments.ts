import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import { chunkOf } from './queue-cards-middleware';

// The rows' shape and their readers, without Dexie: the queue reads them in the side panel's first step, which
// loads no database library (tests/e2e/bundle-size.test.ts); ./dated-commitments-middleware.ts keeps them.

/**
 * The open commitments with a due date (what the promise-due rule reads), a few rows of them (schema v23), with the
 * name and page of the people they point at (v24). The queue read them by the [status+dueAt] index, a row each:
 * Chromium's IndexedDB costs about as much per row as per kilobyte, and the bench's 200 took 5.2 ms, its largest
 * read (the same 200 in 4 rows: 2.3 ms; medians of 30 alone, side by side). With the names, the queue needs no read
 * of the whole contact to show a promise's row (40 of the 80 people the side panel shows at the bench's shapes).
 * Derived from the commitments and the contacts, never written directly (./dated-commitments-middleware.ts).
 */
export const DATED_STORE = 'datedCommitments';

/** Rows the commitments are spread over, by a hash of the commitment's id: a write rewrites the row of each. */
export const DATED_CHUNKS = 8;

/** What a row shows of a person. */
export type ShownPerson = Pick<Contact, 'name' | 'profileUrl'>;

/**
 * The dated open commitments whose id hashes to `chunk`, by id, and the name and page of the people they point at
 * who are stored, by id (kept current on every write of those contacts).
 */
export interface DatedChunk {
  chunk: number;
  commitments: Record<string, Commitment>;
  people: Record<string, ShownPerson>;
}

export const isDated = (commitment: Commitment) => commitment.status === 'open' && commitment.dueAt !== null;

export const shownOf = ({ name, profileUrl }: ShownPerson): ShownPerson => ({ name, profileUrl });

/** Whether two people are shown alike (the same name and page); none is shown alike only as none. */
export const sameShown = (a: ShownPerson | undefined, b: ShownPerson | undefined) =>
  a === b || (!!a && !!b && a.name === b.name && a.profileUrl === b.profileUrl);

/** The commitments of these rows, in the [status+dueAt] index's order (by due date, then id). */
export const datedIn = (rows: readonly DatedChunk[]): Commitment[] =>
  rows
    .flatMap((row) => Object.values(row.commitments))
    .sort((a, b) => a.dueAt! - b.dueAt! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The name and page of the people these rows' commitments point at, by id. */
export const peopleIn = (rows: readonly DatedChunk[]): Map<string, ShownPerson> =>
  new Map(rows.flatMap((row) => Object.entries(row.people)));

/**
 * The rows that keep these commitments' dated open ones, with their people's name and page (`contactOf`; none at
 * v23): a migration's, or a check's.
 */
export function datedChunksOf(
  commitments: readonly Commitment[],
  contactOf: (id: string) => ShownPerson | undefined = () => undefined,
): DatedChunk[] {
  const rows = new Map<number, DatedChunk>();
  for (const commitment of commitments.filter(isDated)) {
    const chunk = chunkOf(commitment.id, DATED_CHUNKS);
    const row = rows.get(chunk) ?? { chunk, commitments: {}, people: {} };
    row.commitments[commitment.id] = commitment;
    const person = contactOf(commitment.contactId);
    if (person) row.people[commitment.contactId] = shownOf(person);
    rows.set(chunk, row);
  }
  return [...rows.values()].sort((a, b) => a.chunk - b.chunk);
}
