import type { Contact } from '../schema/contact';

/** What the export can tell about a person that a capture may not have: filled in only where Rapport has nothing. */
const FILLED_FIELDS = ['name', 'title', 'company'] as const;

/**
 * Folds a contact from the LinkedIn export into the stored one. The export is a snapshot that may be older than
 * what a capture saw, so it only fills empty fields, never touches a field the user corrected, keeps the source
 * of whoever came first, and moves lastInteractionAt forward only.
 */
export function mergeImported(existing: Contact | undefined, imported: Contact): Contact {
  if (!existing) return imported;
  const merged: Contact = { ...existing };
  for (const field of FILLED_FIELDS) {
    if (!existing[field] && imported[field] && !existing.editedFields.includes(field))
      merged[field] = imported[field];
  }
  if (!existing.email) merged.email = imported.email;
  merged.connectedAt = existing.connectedAt ?? imported.connectedAt;
  merged.lastInteractionAt = Math.max(existing.lastInteractionAt, imported.lastInteractionAt);
  return merged;
}
