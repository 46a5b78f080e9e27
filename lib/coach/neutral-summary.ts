import type { Intent } from '../schema/interaction';
import { containsPhrase, phraseSet } from '../tone/text/phrases';

// What a promise is about, in Rapport's words rather than theirs: without the excerpt setting none of their
// words are stored, only what was understood.
const PROMISE_ABOUT: readonly [readonly string[], string][] = [
  [['introduc*', 'intro', 'connect*', 'put you in touch'], 'to make an introduction'],
  [['send*', 'shar*', 'forward*', 'email*', 'mail*', 'attach*'], 'to send something'],
  [['call*', 'ring', 'phone', 'meet*', 'schedul*', 'book*'], 'to set up a call or meeting'],
  [['check*', 'look*', 'ask*', 'find out', 'review*', 'read'], 'to look into something'],
  [['repl*', 'respond*', 'get back', 'follow up', 'let you know', 'updat*'], 'to get back to you'],
  [['recommend*', 'refer*', 'endors*', 'vouch*'], 'to recommend you'],
];
const ABOUT_SETS = PROMISE_ABOUT.map(([phrases, summary]) => [phraseSet([...phrases]), summary] as const);

const NEUTRAL_PROMISES = new Set([...PROMISE_ABOUT.map(([, summary]) => summary), 'to do something']);

/** Whether a promise's text is Rapport's summary rather than anyone's words. */
export const isNeutralPromise = (text: string): boolean =>
  text.startsWith('Promised ') && NEUTRAL_PROMISES.has(text.slice('Promised '.length));

/** "Promised to send something": a promise of theirs summed up without their words. */
export function neutralPromise(promise: string): string {
  const words = promise.toLowerCase().split(/[^\p{L}\p{N}']+/u);
  for (const [set, summary] of ABOUT_SETS) if (containsPhrase(words, set)) return `Promised ${summary}`;
  return 'Promised to do something';
}

const INTENT_SUMMARY: Record<Intent, string> = {
  ask: 'Asked you for something',
  give: 'Offered something',
  thanks: 'Thanked you',
  'follow-up': 'Followed up',
  other: 'Wrote to you',
};

/** What a message of theirs did, in a few neutral words, for the timeline. */
export const neutralIntent = (intent: Intent): string => INTENT_SUMMARY[intent];
