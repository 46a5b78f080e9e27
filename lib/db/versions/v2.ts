import type { SchemaVersion } from './types';

// Indexes for the side panel's queries: last interaction per contact, meetings and help by time,
// open commitments by due date, tags and companies for search. lastInteractionAt is back-filled.
export const v2: SchemaVersion = {
  version: 2,
  stores: {
    contacts: 'id, name, company, lastSeenAt, lastInteractionAt, cadenceDays, *tags',
    interactions: 'id, contactId, at, [contactId+at], [kind+at]',
    commitments: 'id, contactId, [status+dueAt]',
    followUps: 'key, contactId, snoozedUntil',
  },
  async upgrade(tx) {
    const latest = new Map<string, number>();
    await tx.table('interactions').each((row: { contactId: string; at: number; kind: string }) => {
      if (row.kind === 'visit') return;
      latest.set(row.contactId, Math.max(latest.get(row.contactId) ?? 0, row.at));
    });
    await tx
      .table('contacts')
      .toCollection()
      .modify((contact: Record<string, unknown>) => {
        contact.lastInteractionAt = latest.get(contact.id as string) ?? 0;
        contact.tags ??= [];
        contact.editedFields ??= [];
        contact.history ??= [];
      });
  },
};
