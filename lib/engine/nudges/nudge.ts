import type { Principle } from '../../rules/sections';
import type { Ledger } from '../ledger';

/** One line in the popup: what to do with this person next, and why. */
export interface Nudge extends Principle {
  id: string;
  text: string;
  /** 1 is most useful. */
  priority: 1 | 2 | 3;
}

/** A nudge read off the give/ask balance. */
export interface LedgerNudgeRule extends Principle {
  /** Its file's name; settings switch it off as `nudge:<id>`. */
  id: string;
  /** What the settings page calls it. */
  title: string;
  make(ledger: Ledger, now: number, timeZone: string): Nudge | null;
}
