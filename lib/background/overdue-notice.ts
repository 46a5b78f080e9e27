import { DAY } from '../time/calendar';

/** The last desktop notification about overdue follow-ups: how many were overdue, and when (epoch ms). */
export interface OverdueNotice {
  count: number;
  at: number;
}

/**
 * Whether to tell the user about overdue follow-ups now: when some are overdue and either more than at the last
 * notice, or a day has passed since it. A reminder that repeats every refresh would be switched off, not read.
 */
export function shouldNotify(count: number, last: OverdueNotice | null, now: number): boolean {
  if (count === 0) return false;
  if (!last) return true;
  return count > last.count || now - last.at >= DAY;
}
