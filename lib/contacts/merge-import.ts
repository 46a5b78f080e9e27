import type { Contact } from '../schema/contact';
import { applyChanges, ROLE_FIELDS } from './merge-capture';

/** What the export can tell about a person that a capture may not have: filled in only where Rapport has nothing. */
const FILLED_FIELDS = ['name', 'title', 'company'] as const;

/**
 * Folds a contact from the LinkedIn export into the stored one. The export is a snapshot that may be older than
 * what a capture saw, so it only fills empty fields, never touches a field the user corrected, keeps the source
 * of whoever came first, and moves lastInteractionAt forward only. One exception: a role that an earlier export
 * set is replaced by this export's (a newer export knows the new job), with the old one kept in history.
 */
export function mergeImported(existing: Contact | undefined, imported: Contact, now: number): Contact {
  if (!existing) return { ...imported, roleSource: imported.title || imported.company ? 'import' : '' };
  const merged: Contact = { ...existing };
  if (existing.roleSource === 'import') applyChanges(merged, imported, ROLE_FIELDS, now);
  for (const field of FILLED_FIELDS) {
    if (!existing[field] && imported[field] && !existing.editedFields.includes(field))
      merged[field] = imported[field];
  }
  if (!existing.roleSource && (merged.title || merged.company)) merged.roleSource = 'import';
  if (!existing.email) merged.email = imported.email;
  merged.connectedAt = existing.connectedAt ?? imported.connectedAt;
  merged.lastInteractionAt = Math.max(existing.lastInteractionAt, imported.lastInteractionAt);
  return merged;
}
