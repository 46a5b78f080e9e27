import type { Interaction } from '../schema/interaction';
import { exchangeOf } from './exchange';
import { describeLedger } from './ledger-summary';

export interface PartyTally {
  gave: number;
  asked: number;
  thanked: number;
}

/** The give/ask balance with one contact (whitepaper: "Reciprocity: The Give-and-Take Principle"). */
export interface Ledger {
  me: PartyTally;
  them: PartyTally;
  /** My asks after my latest give in the window (all my asks in it when I gave nothing). */
  asksSinceMyLastGive: number;
  /** When I last gave (epoch ms), or null when I gave nothing in the window. */
  lastGiveAt: number | null;
  /** When my first ask in the window was, so a nudge can say "since March". */
  firstAskAt: number | null;
  /** Plain-language balance, e.g. "You gave 2 and asked 1; they gave 1 and asked 0." */
  summary: string;
}

export interface LedgerOptions {
  now: number;
  /** Start of the window (epoch ms, inclusive); everything up to `now` when absent. */
  sinceMs?: number;
}

const emptyTally = (): PartyTally => ({ gave: 0, asked: 0, thanked: 0 });

/**
 * Tallies gives, asks and thanks per side over [sinceMs, now]. Interactions dated after `now` (a wrong clock,
 * a bad import) are left out so they cannot tilt today's balance. Input order does not matter.
 */
export function computeLedger(interactions: readonly Interaction[], options: LedgerOptions): Ledger {
  const since = options.sinceMs ?? Number.NEGATIVE_INFINITY;
  const inWindow = interactions
    .filter((interaction) => interaction.at >= since && interaction.at <= options.now)
    .sort((a, b) => a.at - b.at);
  const me = emptyTally();
  const them = emptyTally();
  let lastGiveAt: number | null = null;
  let firstAskAt: number | null = null;
  let asksSinceMyLastGive = 0;
  for (const interaction of inWindow) {
    const exchange = exchangeOf(interaction);
    const tally = interaction.actor === 'me' ? me : them;
    if (exchange === 'give') tally.gave++;
    else if (exchange === 'ask') tally.asked++;
    else if (exchange === 'thanks') tally.thanked++;
    if (interaction.actor !== 'me') continue;
    if (exchange === 'give') {
      lastGiveAt = interaction.at;
      asksSinceMyLastGive = 0;
    } else if (exchange === 'ask') {
      asksSinceMyLastGive++;
      firstAskAt ??= interaction.at;
    }
  }
  const tallies = { me, them, asksSinceMyLastGive, lastGiveAt, firstAskAt };
  return { ...tallies, summary: describeLedger(tallies) };
}
