import { summaryOf } from '../../engine/contact-summary';
import type { Interaction } from '../../schema/interaction';
import type { SchemaVersion } from './types';

// Scale (issue 13). The queue reads one small summary per person instead of the recent history: the latest
// meeting, help, outreach, thanks, note… (lib/engine/contact-summary.ts), with `openSince` indexed only where a
// follow-up may be owed, kept current by lib/db/summary-middleware.ts. Interactions lose the `contactId` and `at`
// indexes: the compound [contactId+at] and [kind+at] answer every query they did, and each index costs every
// write (an import writes hundreds of thousands of rows). Existing people get their summary here.
export const v5: SchemaVersion = {
  version: 5,
  stores: {
    interactions: 'id, [contactId+at], [kind+at]',
    summaries: 'contactId, openSince',
  },
  async upgrade(tx) {
    const byContact = new Map<string, Interaction[]>();
    await tx.table('interactions').each((row: Interaction) => {
      const list = byContact.get(row.contactId);
      if (list) list.push(row);
      else byContact.set(row.contactId, [row]);
    });
    const summaries = [...byContact].map(([contactId, rows]) => summaryOf(contactId, rows)).filter(Boolean);
    await tx.table('summaries').bulkPut(summaries);
  },
};
