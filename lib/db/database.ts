import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StagedChunk } from '../import/staged-chunk';
import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import type { IntroRequest, MutualChoice, NetworkingEvent } from '../schema/event';
import type { FollowUpState } from '../schema/follow-up';
import type { Interaction } from '../schema/interaction';
import { keepSearchWords } from './search-words-hook';
import { SCHEMA_VERSIONS } from './versions';
import type { SchemaVersion } from './versions/types';

export const DATABASE_NAME = 'rapport';

export type RapportDatabase = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  interactions: EntityTable<Interaction, 'id'>;
  commitments: EntityTable<Commitment, 'id'>;
  followUps: EntityTable<FollowUpState, 'key'>;
  importChunks: Table<StagedChunk, [string, number]>;
  events: EntityTable<NetworkingEvent, 'id'>;
  intros: EntityTable<IntroRequest, 'id'>;
  mutualChoices: Table<MutualChoice, [string, string]>;
};

/** Opens the database with the given schema history (all of it unless a migration test asks for less). */
export function openDatabase(
  name: string = DATABASE_NAME,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): RapportDatabase {
  const db = new Dexie(name) as RapportDatabase;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  if (versions.some((v) => v.stores.contacts?.includes('*searchWords'))) keepSearchWords(db.contacts);
  return db;
}

export const DATA_TABLES = [
  'contacts',
  'interactions',
  'commitments',
  'followUps',
  'events',
  'intros',
  'mutualChoices',
] as const;

/** Every table of user data, for the transactions that export, restore or wipe all of it. */
export const dataTables = (db: RapportDatabase) => DATA_TABLES.map((name) => db.table(name));
