import type { SchemaVersion } from './types';

// The first schema: contacts by LinkedIn id, interactions and commitments by contact.
export const v1: SchemaVersion = {
  version: 1,
  stores: {
    contacts: 'id, name, lastSeenAt',
    interactions: 'id, contactId, at',
    commitments: 'id, contactId',
    followUps: 'key, contactId',
  },
};
