import { DATA_TABLES, type RapportDatabase } from '../db/database';
import { withoutSearchWords } from '../db/search-words-middleware';
import { BACKUP_FORMAT_VERSION } from '../protocol/backup';

/** Rows read per request: one getAll of a few MB, so no array ever holds a whole table of 250,000 rows. */
const PAGE = 5_000;

export type BackupCounts = Record<(typeof DATA_TABLES)[number], number>;

/**
 * Everything Rapport stores, as the parts of one JSON file (the backup format of lib/protocol/backup.ts), read
 * by the extension page in pages of rows inside one read transaction (so the file is consistent) and handed to
 * a Blob part by part. Nothing travels as a runtime message, so no size limit applies (a message stops at 64 MiB).
 */
export async function backupParts(
  db: RapportDatabase,
  exportedAt: number,
): Promise<{ parts: string[]; counts: BackupCounts }> {
  return db.transaction('r', [...DATA_TABLES], async () => {
    const parts = [
      `{"format":"rapport-backup","version":${BACKUP_FORMAT_VERSION},"exportedAt":${exportedAt}`,
    ];
    const counts = {} as BackupCounts;
    for (const name of DATA_TABLES) {
      const table = db.table(name);
      parts.push(`,"${name}":[`);
      let count = 0;
      let page = await table.limit(PAGE).toArray();
      while (page.length) {
        const rows = name === 'contacts' ? page.map(withoutSearchWords) : page;
        parts.push((count ? ',' : '') + rows.map((row) => JSON.stringify(row)).join(','));
        count += page.length;
        if (page.length < PAGE) break;
        const last = (page.at(-1) as Record<string, unknown>)[table.schema.primKey.keyPath as string];
        page = await table.where(':id').above(last).limit(PAGE).toArray();
      }
      parts.push(']');
      counts[name] = count;
    }
    parts.push('}');
    return { parts, counts };
  });
}
