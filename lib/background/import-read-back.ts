import type { RapportDatabase } from '../db/database';
import { StagedRecordsSchema } from '../import/staged-chunk-schema';
import type { Contact } from '../schema/contact';
import type { Interaction } from '../schema/interaction';
import { readWork } from './import-commit-work';
import { checkedPart, eachStagedRow, type ImportRun, withoutExcerpts } from './import-runs';

const ContactsOfChunk = StagedRecordsSchema.pick({ contacts: true });
/** The rest of a chunk: an import's hold interactions alone, but any other rows found are checked as a backup's. */
const RestOfChunk = StagedRecordsSchema.omit({ contacts: true });

/**
 * An import's staged chunk read back: its contacts checked (the merge needs them first), the rest as it was read,
 * checked by InteractionCheck while the contacts are written.
 */
export interface ReadBack {
  seq: number;
  contacts: Contact[];
  /** The row as read, until its interactions are checked. */
  row: unknown;
  /** How many interactions it says it holds (checked later): what the progress estimates the threads' work from. */
  interactions: number;
}

const interactionsIn = (row: unknown) => {
  const interactions = (row as { interactions?: unknown }).interactions;
  return Array.isArray(interactions) ? interactions.length : 0;
};

/**
 * The import's staged chunks in order (lib/background/import-runs.ts › eachStagedRow), their contacts checked: a
 * contact that is not what the schema says fails the commit, naming the part and the field. Each chunk read is
 * counted into the run as its read work (import-commit-work.ts).
 */
export async function readBackContacts(
  db: RapportDatabase,
  importId: string,
  chunks: number,
  run: ImportRun,
): Promise<ReadBack[]> {
  const read: ReadBack[] = [];
  await eachStagedRow(db, importId, chunks, run, (seq, row) => {
    const { contacts } = checkedPart(ContactsOfChunk, seq, chunks, row);
    const interactions = interactionsIn(row);
    run.written += readWork(contacts.length, interactions);
    read.push({ seq, contacts, row, interactions });
  });
  return read;
}

/** Chunks whose interactions are checked in one wait for the database: ~2,000 interactions, a few milliseconds. */
const CHUNKS_PER_WAIT = 2;

/**
 * The interactions of the chunks read back, checked (a wrong one fails the commit, naming the part and the field)
 * and without their excerpts unless the user keeps them, a few chunks at a time while this worker waits for the
 * database: the contacts' writes (seconds for 30,000) keep it waiting most of their time (the background's CPU
 * profile of a quiet import: idle 8.5 of 15.6 s). What is left unchecked is checked when all of them are asked for.
 */
export class InteractionCheck {
  private next = 0;
  private failure: { error: unknown } | undefined;
  private readonly checked: Interaction[] = [];

  constructor(
    private readonly read: ReadBack[],
    private readonly chunks: number,
    private readonly storeExcerpts: boolean,
  ) {}

  /**
   * Checks the next chunks on the event loop's next turn: once the request just asked for has gone to the database
   * (its asking ends in this turn's microtasks), and before its answer, which waits for this turn to end.
   */
  whileWaiting(): void {
    setTimeout(() => this.checkNext(CHUNKS_PER_WAIT), 0);
  }

  /** Every interaction, checked; throws the first wrong one's error. */
  all(): Interaction[] {
    this.checkNext(this.read.length);
    if (this.failure) throw this.failure.error;
    return this.checked;
  }

  private checkNext(count: number): void {
    for (
      const end = Math.min(this.next + count, this.read.length);
      this.next < end && !this.failure;
      this.next++
    ) {
      const chunk = this.read[this.next]!;
      try {
        const rest = withoutExcerpts(
          checkedPart(RestOfChunk, chunk.seq, this.chunks, chunk.row),
          this.storeExcerpts,
        );
        for (const row of rest.interactions) this.checked.push(row);
      } catch (error) {
        this.failure = { error };
      }
      chunk.row = undefined;
    }
  }
}
