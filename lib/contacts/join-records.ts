import type { Contact, EditableContactField } from '../schema/contact';

/** The history entry a join leaves: which record became part of this one, shown in the popup's history. */
export const JOINED_FIELD = 'joined';

const HISTORY_LIMIT = 50;
/** What the export or the user gave the record without an address that its page cannot know. */
const FILLED_FIELDS = ['title', 'company', 'howWeMet'] as const satisfies readonly EditableContactField[];

const union = (a: readonly string[], b: readonly string[], max: number) =>
  [...new Set([...a, ...b])].slice(0, max);

/**
 * One person from two records: the one of their LinkedIn page (`page`) and the one an export made without an
 * address (`unlinked`). What the page showed wins; the export fills what the page left empty (the day you
 * connected, an e-mail address, a role); the user's own notes, tags and cadence from either are kept; the old key
 * is remembered so a later import of that export finds this record. The caller moves the interactions.
 */
export function joinRecords(page: Contact, unlinked: Contact, now: number): Contact {
  const joined: Contact = { ...page };
  const edited = new Set(page.editedFields);
  for (const field of FILLED_FIELDS) {
    if (page[field] || !unlinked[field]) continue;
    joined[field] = unlinked[field];
    if (unlinked.editedFields.includes(field)) edited.add(field);
  }
  if (!joined.roleSource && (joined.title || joined.company)) joined.roleSource = unlinked.roleSource;
  joined.editedFields = [...edited];
  joined.email = page.email || unlinked.email;
  joined.connectedAt = page.connectedAt ?? unlinked.connectedAt;
  joined.firstSeenAt = Math.min(page.firstSeenAt, unlinked.firstSeenAt);
  joined.lastInteractionAt = Math.max(page.lastInteractionAt, unlinked.lastInteractionAt);
  joined.tags = union(page.tags, unlinked.tags, 50);
  joined.notes = [page.notes, unlinked.notes].filter(Boolean).join('\n\n');
  joined.cadenceDays = page.cadenceDays ?? unlinked.cadenceDays;
  joined.aliases = union(page.aliases ?? [], [unlinked.id, ...(unlinked.aliases ?? [])], 50);
  const role = [unlinked.title, unlinked.company].filter(Boolean).join(' at ');
  const connected = unlinked.connectedAt
    ? `, connected ${new Date(unlinked.connectedAt).toISOString().slice(0, 10)}`
    : '';
  joined.history = [
    ...unlinked.history,
    ...page.history,
    { field: JOINED_FIELD, value: `${unlinked.name}${role ? ` (${role})` : ''}${connected}`, changedAt: now },
  ]
    .sort((a, b) => a.changedAt - b.changedAt)
    .slice(-HISTORY_LIMIT);
  return joined;
}
