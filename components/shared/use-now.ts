import { useEffect, useState } from 'react';

/** Changes every minute, so time-dependent views recompute (items move from Today to Overdue) while open. */
export function useMinuteTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((count) => count + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  return tick;
}
