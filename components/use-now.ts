import { useEffect, useState } from 'react';

/** The current time, refreshed every minute so items move from Today to Overdue while the panel stays open. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The user's IANA time zone, for calendar-day grouping and dates in the text. */
export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
