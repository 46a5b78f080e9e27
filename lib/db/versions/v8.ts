import type { SchemaVersion } from './types';

// Conversation reading (issue 14): each message of theirs that was read, by a deterministic id from the person
// and the message's identity, so reading a thread again — after a reload, in an overlay or on the messaging page —
// records nothing twice, and a message whose entries the user removed stays removed.
export const v8: SchemaVersion = {
  version: 8,
  stores: { heard: 'id, contactId, [contactId+at]' },
};
