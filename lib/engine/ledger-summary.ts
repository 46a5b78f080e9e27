import type { Ledger } from './ledger';

const times = (count: number) =>
  count === 0 ? 'nothing' : count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;

/** The balance in one plain sentence, leaning on what to do next rather than on the numbers. */
export function describeLedger(ledger: Omit<Ledger, 'summary'>): string {
  const { me, them } = ledger;
  if (me.gave + me.asked + them.gave + them.asked === 0) return 'No gives or asks yet on either side.';
  const mine = `You gave ${times(me.gave)} and asked ${times(me.asked)}`;
  const theirs = `they gave ${times(them.gave)} and asked ${times(them.asked)}`;
  const lean =
    me.gave > me.asked + them.gave
      ? 'You have been generous.'
      : me.asked > me.gave
        ? 'Offer something before the next ask.'
        : them.gave > me.gave
          ? 'They have given more than you: look for a way to return it.'
          : 'The balance is even.';
  return `${mine}; ${theirs}. ${lean}`;
}
