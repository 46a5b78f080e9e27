import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StagedChunk } from '../import/staged-chunk';
import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import type { IntroRequest, MutualChoice, NetworkingEvent } from '../schema/event';
import type { FollowUpState } from '../schema/follow-up';
import type { HeardMessage } from '../schema/heard-message';
import type { Interaction } from '../schema/interaction';
import type { OwnProfile } from '../schema/own-profile';
import type { NetworkRecord } from '../social/network-snapshot';
import type { DatedChunk } from './dated-commitments';
import { datedCommitmentsMiddleware } from './dated-commitments-middleware';
import { DATABASE_NAME } from './name';
import { networkStaleMiddleware } from './network-stale-middleware';
import { type QueueCardChunk, queueCardsMiddleware } from './queue-cards-middleware';
import type { QueueRowKey } from './queue-rows';
import type { SearchWordRow } from './search-word-rows';
import { searchWordsMiddleware } from './search-words-middleware';
import { summaryMiddleware } from './summary-middleware';
import type { OpenWeek, SummaryBucket } from './summary-store';
import type { ThreadBucket } from './thread-buckets';
import { THREAD_TABLE } from './thread-store';
import { SCHEMA_VERSIONS } from './versions';
import type { SchemaVersion } from './versions/types';

export { DATABASE_NAME } from './name';

export type RapportDatabase = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  /** What was logged or captured live, one row each; imported history is in `threadBuckets`. */
  interactions: EntityTable<Interaction, 'id'>;
  /** Imported history, each person's thread in the bucket of their id; read and written by lib/db/thread-store.ts. */
  threadBuckets: EntityTable<ThreadBucket, 'bucket'>;
  commitments: EntityTable<Commitment, 'id'>;
  followUps: EntityTable<FollowUpState, 'key'>;
  heard: EntityTable<HeardMessage, 'id'>;
  importChunks: Table<StagedChunk, [string, number]>;
  events: EntityTable<NetworkingEvent, 'id'>;
  intros: EntityTable<IntroRequest, 'id'>;
  mutualChoices: Table<MutualChoice, [string, string]>;
  /**
   * The per-person summaries, 256 rows of people each; derived from the history, never written directly
   * (lib/db/summary-middleware.ts), read through lib/db/summary-store.ts.
   */
  summaryBuckets: EntityTable<SummaryBucket, 'bucket'>;
  ownProfile: EntityTable<OwnProfile, 'key'>;
  /**
   * What the queue reads, in one store (v27, lib/db/queue-rows.ts), each derived and never written directly: the
   * people with a follow-up open, a row per week it opened in, with their name and page while their contact is
   * stored (kept beside their summaries and on every contact write); the open commitments with a due date, a few
   * rows of them (lib/db/dated-commitments.ts); the people on a cadence, what finding it needs and their name and
   * page, 32 rows of them (lib/db/queue-cards-middleware.ts).
   */
  queueRows: Table<(OpenWeek | DatedChunk | QueueCardChunk) & { key: QueueRowKey }, QueueRowKey>;
  /** The contacts' search words, by their first letters; derived from contacts (lib/db/search-words-middleware.ts). */
  searchWordRows: EntityTable<SearchWordRow, 'prefix'>;
  /** The background's own copy of the settings (lib/settings/owner.ts); not user data, kept by a wipe. */
  settings: EntityTable<StoredSettings, 'key'>;
  /** The network picture as last drawn and when its data last changed (lib/social/network-snapshot.ts). */
  network: EntityTable<NetworkRecord, 'key'>;
};

export interface StoredSettings {
  key: 'settings';
  value: unknown;
}

/** Opens the database with the given schema history (all of it unless a migration test asks for less). */
export function openDatabase(
  name: string = DATABASE_NAME,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): RapportDatabase {
  // Relaxed: a transaction counts as done once the browser has it, without waiting for the disk to flush (Chrome's
  // own advice for data like this; a crash may lose the last second, never half a transaction).
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as RapportDatabase;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  // Each applies only where the schema opened has what it keeps (an older one in a migration test may not).
  db.use(networkStaleMiddleware);
  db.use(queueCardsMiddleware);
  db.use(datedCommitmentsMiddleware);
  db.use(searchWordsMiddleware);
  db.use(summaryMiddleware);
  return db;
}

/**
 * The browser's own handle on the database, opened by Dexie: what reads without Dexie take (the queue's,
 * lib/db/read-transaction.ts), where Dexie is loaded anyway (the background, tests, benchmarks).
 */
export async function backendOf(db: RapportDatabase): Promise<IDBDatabase> {
  return (await db.open()).backendDB();
}

export const DATA_TABLES = [
  'contacts',
  'interactions',
  'commitments',
  'followUps',
  'ownProfile',
  'heard',
  'events',
  'intros',
  'mutualChoices',
] as const;

/**
 * Every table of user data, for the transactions that export, restore or wipe all of it: the backup file's tables
 * (DATA_TABLES) and the imported threads, which the file carries as interactions (lib/backup/write-backup.ts).
 */
export const STORED_TABLES = [...DATA_TABLES, THREAD_TABLE] as const;
export const dataTables = (db: RapportDatabase) => STORED_TABLES.map((name) => db.table(name));
