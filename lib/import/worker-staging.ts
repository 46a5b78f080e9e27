import { DATABASE_NAME } from '../db/name';
import { openExisting } from '../db/open-existing';
import type { StagedChunk } from './staged-chunk';

const STAGING_TABLE = 'importChunks';

/**
 * The import's worker's own connection to the staging table. The worker runs in an extension page, so the
 * extension's database is its own: it puts each chunk there itself (one structured clone, no page relay, no JSON,
 * no message), while the background stays the only writer of user data — it checks and applies the staged rows in
 * its commit. Opened only at the version the background answered import/begin with, never created or upgraded
 * here; closed at once when the background needs to upgrade (the next put then fails, saying so).
 */
export class WorkerStaging {
  private closed = false;

  private constructor(private readonly db: IDBDatabase) {}

  static async open(version: number, name: string = DATABASE_NAME): Promise<WorkerStaging> {
    let staging: WorkerStaging | undefined;
    const db = await openExisting(
      name,
      () => {
        if (staging) staging.closed = true;
      },
      version,
    ).catch((error: unknown) => {
      throw new Error(`The import could not open Rapport's database: ${(error as Error).message}`);
    });
    if (!db)
      throw new Error("The import could not open Rapport's database: it is not there at this version.");
    if (!db.objectStoreNames.contains(STAGING_TABLE)) {
      db.close();
      throw new Error(`The import could not stage its records: the database has no ${STAGING_TABLE} table.`);
    }
    staging = new WorkerStaging(db);
    return staging;
  }

  /**
   * Puts one chunk in the staging table, in a transaction of its own; resolves once it is written. The chunk is
   * cloned when put, so the caller may make the next one at once.
   */
  put(chunk: StagedChunk): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    return new Promise((resolve, reject) => {
      // Relaxed: the commit reads it back within seconds, and a chunk lost to a crash fails the commit, writing nothing.
      const tx = this.db.transaction(STAGING_TABLE, 'readwrite', { durability: 'relaxed' });
      tx.objectStore(STAGING_TABLE).put(chunk);
      tx.oncomplete = () => resolve();
      tx.onabort = () =>
        reject(this.closed ? closedError() : (tx.error ?? new Error('The staging was aborted.')));
    });
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }
}

const closedError = () =>
  new Error(
    "Rapport's database was closed during the import (updated or removed); nothing was saved. Start again.",
  );
