import type { SchemaVersion } from './types';

// Social proof and events (issue 16): events the user attends, intro requests drafted and sent, and the user's
// answers to "which of your contacts is this mutual connection?". Meetings logged at an event carry its id, indexed
// so "who you met here" is one range read (the other indexes as version 5 left them). Existing rows need no change: an interaction without eventId is simply
// not from an event.
export const v7: SchemaVersion = {
  version: 7,
  stores: {
    interactions: 'id, [contactId+at], [kind+at], eventId',
    events: 'id, startedAt, endedAt',
    intros: 'id, introducerId, targetId, sentAt',
    mutualChoices: '[profileId+shownKey], profileId',
  },
};
