import type { LedgerNudgeRule } from './nudge';

/** They have given more than they got: worth noticing before the next ask. */
export const returnFavour = {
  id: 'return-favour',
  title: 'Return a favour',
  section: 'Reciprocity',
  why: 'Help received creates a quiet obligation; returning it, even in a small way, keeps the relationship balanced.',
  make(ledger) {
    const owed = ledger.them.gave - ledger.me.gave;
    if (owed <= 0) return null;
    return {
      id: this.id,
      section: this.section,
      why: this.why,
      priority: 2,
      text: `They have given ${owed} more time${owed === 1 ? '' : 's'} than you: share an article, an intro or your help`,
    };
  },
} as const satisfies LedgerNudgeRule;
