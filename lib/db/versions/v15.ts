import { type ContactSummary, openFollowUpOf } from '../../engine/contact-summary';
import { remakeCards } from '../queue-cards-middleware';
import type { SchemaVersion } from './types';

// Scale (issue 13). The queue read the whole summary of everyone with a follow-up open (488 of them, 43 ms of a
// 218 ms open at 500,000 interactions in Chromium): every role's latest interaction, to find the open one or two.
// The open follow-ups now have a row of their own, the starts still open (lib/engine/contact-summary.ts ›
// OpenFollowUp), kept beside the summary by lib/db/summary-middleware.ts; existing people get theirs here. The
// queue cards lose the name, read with the whole contact for the rows on screen only (half the cards' bytes).
export const v15: SchemaVersion = {
  version: 15,
  stores: { openFollowUps: 'contactId, since' },
  async upgrade(tx) {
    const open = (await tx
      .table('summaries')
      .where('openSince')
      .aboveOrEqual(-Infinity)
      .toArray()) as ContactSummary[];
    await tx.table('openFollowUps').bulkPut(open.flatMap((summary) => openFollowUpOf(summary) ?? []));
    await remakeCards(tx);
  },
};
