import { DATA_TABLES, type RapportDatabase, STORED_TABLES } from '../db/database';
import { entriesOf } from '../db/imported-threads';
import { threadPages } from '../db/thread-store';
import { BACKUP_FORMAT_VERSION } from '../protocol/backup';
import type { Interaction } from '../schema/interaction';

/** Rows read per request: one getAll of a few MB, so no array ever holds a whole table of 250,000 rows. */
const PAGE = 5_000;

export type BackupCounts = Record<(typeof DATA_TABLES)[number], number>;

/**
 * A sent message's wording signature stays in this browser: a backup file may be kept or shared anywhere, and hashes
 * of three-word runs can be tested against guessed phrases. Leaving it out loses only "the same text went to N
 * people" for messages sent before a restore.
 */
function withoutSignature({ signature: _, ...interaction }: Interaction): Omit<Interaction, 'signature'> {
  return interaction;
}

/** What a table's rows look like in the file: signatures never travel. */
function rowsForFile(name: (typeof DATA_TABLES)[number], page: unknown[]): unknown[] {
  if (name === 'interactions') return (page as Interaction[]).map(withoutSignature);
  return page;
}

/** A table's rows, PAGE at a time in key order. */
async function* pagesOf(db: RapportDatabase, name: (typeof DATA_TABLES)[number]) {
  const table = db.table(name);
  let page = await table.limit(PAGE).toArray();
  while (page.length) {
    yield page as unknown[];
    if (page.length < PAGE) return;
    const last = (page.at(-1) as Record<string, unknown>)[table.schema.primKey.keyPath as string];
    page = await table.where(':id').above(last).limit(PAGE).toArray();
  }
}

/**
 * Everything Rapport stores, as the parts of one JSON file (the backup format of lib/protocol/backup.ts), read
 * by the extension page in pages of rows inside one read transaction (so the file is consistent) and handed to
 * a Blob part by part. Nothing travels as a runtime message, so no size limit applies (a message stops at 64 MiB).
 */
export async function backupParts(
  db: RapportDatabase,
  exportedAt: number,
): Promise<{ parts: string[]; counts: BackupCounts }> {
  return db.transaction('r', [...STORED_TABLES], async () => {
    const parts = [
      `{"format":"rapport-backup","version":${BACKUP_FORMAT_VERSION},"exportedAt":${exportedAt}`,
    ];
    const counts = {} as BackupCounts;
    for (const name of DATA_TABLES) {
      parts.push(`,"${name}":[`);
      let count = 0;
      const add = (rows: unknown[]) => {
        if (!rows.length) return;
        parts.push((count ? ',' : '') + rows.map((row) => JSON.stringify(row)).join(','));
        count += rows.length;
      };
      for await (const page of pagesOf(db, name)) add(rowsForFile(name, page));
      // Imported history is kept one thread per person; the file holds it as interactions, as it always has.
      if (name === 'interactions')
        for await (const page of threadPages(db))
          add(
            rowsForFile(
              name,
              page.flatMap((thread) => entriesOf(thread)),
            ),
          );
      parts.push(']');
      counts[name] = count;
    }
    parts.push('}');
    return { parts, counts };
  });
}
