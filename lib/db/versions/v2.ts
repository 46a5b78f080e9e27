import type { SchemaVersion } from './types';

// Indexes for the side panel's queries: last interaction per contact, meetings and help by time,
// open commitments by due date, tags and companies for search. lastInteractionAt is back-filled, and a version-1
// person (name, headline and when seen) gets every field a version-2 capture writes, empty: left out, a reader of the
// stored row (the cadence index, the queue's cards) would see `undefined` where it expects "none".
/** The fields version 2 stores on every person that version 1 did not, as a capture wrote them when unknown.
 *  Frozen with this version: later fields are filled by the version that added them. */
const EMPTY_SINCE_V2: Record<string, unknown> = {
  title: '',
  company: '',
  location: '',
  about: '',
  degree: null,
  mutualCount: null,
  mutualNames: [],
  connections: '',
  email: '',
  connectedAt: null,
  tags: [],
  notes: '',
  howWeMet: '',
  cadenceDays: null,
  editedFields: [],
  history: [],
  source: 'capture',
};

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
        for (const [field, empty] of Object.entries(EMPTY_SINCE_V2))
          contact[field] ??= structuredClone(empty);
      });
  },
};
