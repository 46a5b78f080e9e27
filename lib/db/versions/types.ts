import type { Transaction } from 'dexie';

/** One schema version: the stores as Dexie declares them and, where data must change shape, an upgrade. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
