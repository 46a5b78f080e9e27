const MINUTE = 60_000;

/**
 * The id of a record made by a person's action: what it is, plus the minute it happened. A double click or a
 * message retried after the worker restarted, within that minute, is then stored once.
 */
export function minuteId(parts: readonly string[], at: number): string {
  return [...parts, Math.floor(at / MINUTE)].join(':');
}
