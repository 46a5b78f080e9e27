import { BACKUP_FORMAT_VERSION, type Backup, BackupSchema } from '../protocol/backup';

/** Why a backup file cannot be restored, with where in the file when the schema says so. */
export class BackupError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a whole backup file before anything is written. The version is checked first: a file from a newer
 * Rapport may have fields this one does not know, and "update Rapport" is the useful answer, not a schema error.
 */
export function parseBackup(raw: unknown): Backup {
  if (!isRecord(raw) || raw.format !== 'rapport-backup')
    throw new BackupError('This file is not a Rapport backup.');
  if (typeof raw.version === 'number' && raw.version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `This backup is format version ${raw.version}, made by a newer Rapport; this one reads up to version ` +
        `${BACKUP_FORMAT_VERSION}. Update Rapport, then restore. Nothing was changed.`,
    );
  }
  const parsed = BackupSchema.safeParse(raw);
  if (parsed.success) {
    unresolvedReference(parsed.data);
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new BackupError(
    `The backup is invalid${where}: ${issue?.message ?? 'unknown problem'}. Nothing was changed.`,
  );
}

/** Every interaction, promise and follow-up must belong to a contact of the same file, or nothing is restored. */
function unresolvedReference(backup: Backup): void {
  const contacts = new Set(backup.contacts.map((contact) => contact.id));
  for (const table of ['interactions', 'commitments', 'followUps'] as const) {
    const index = backup[table].findIndex((record) => !contacts.has(record.contactId));
    if (index >= 0) {
      throw new BackupError(
        `The backup is invalid at ${table}.${index}.contactId: it names no contact in the file. Nothing was changed.`,
      );
    }
  }
}
