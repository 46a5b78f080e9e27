import type { Commitment } from '../schema/commitment';

export interface OutstandingCommitment extends Commitment {
  overdue: boolean;
}

export interface Outstanding {
  mine: OutstandingCommitment[];
  theirs: OutstandingCommitment[];
}

const byDue = (a: Commitment, b: Commitment) =>
  (a.dueAt ?? Number.POSITIVE_INFINITY) - (b.dueAt ?? Number.POSITIVE_INFINITY) || a.madeAt - b.madeAt;

/** Open promises on both sides, soonest due first, undated last (Trust: deliver on promises). */
export function outstandingCommitments(commitments: readonly Commitment[], now: number): Outstanding {
  const open = commitments
    .filter((commitment) => commitment.status === 'open')
    .sort(byDue)
    .map((commitment) => ({ ...commitment, overdue: commitment.dueAt !== null && commitment.dueAt < now }));
  return { mine: open.filter((c) => c.by === 'me'), theirs: open.filter((c) => c.by === 'them') };
}
