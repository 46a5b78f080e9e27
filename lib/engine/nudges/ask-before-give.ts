import { formatMonth } from '../../time/calendar';
import type { LedgerNudgeRule } from './nudge';

const TIMES = ['no times', 'once', 'twice'];

/** Two asks with no give in between is the point where the relationship starts to feel one-sided. */
export const askBeforeGive = {
  id: 'ask-before-give',
  title: 'Offer before asking again',
  section: 'Reciprocity',
  why: 'People give back to those who gave first; asking again and again without offering anything wears the tie out.',
  make(ledger, now, timeZone) {
    const since = ledger.lastGiveAt ?? ledger.firstAskAt;
    if (ledger.asksSinceMyLastGive < 2 || since === null) return null;
    const count = TIMES[ledger.asksSinceMyLastGive] ?? `${ledger.asksSinceMyLastGive} times`;
    return {
      id: this.id,
      section: this.section,
      why: this.why,
      priority: 1,
      text: `Offer something before you ask: you have asked ${count} and given nothing since ${formatMonth(since, now, timeZone)}`,
    };
  },
} as const satisfies LedgerNudgeRule;
