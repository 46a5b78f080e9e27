import type { Intent } from '../schema/interaction';

// What a message of theirs did, in Rapport's words: without the excerpt setting none of their words are stored.
const INTENT_SUMMARY: Record<Intent, string> = {
  ask: 'Asked you for something',
  give: 'Offered something',
  thanks: 'Thanked you',
  'follow-up': 'Followed up',
  other: 'Wrote to you',
};

/** What a message of theirs did, in a few neutral words, for the timeline. */
export const neutralIntent = (intent: Intent): string => INTENT_SUMMARY[intent];
