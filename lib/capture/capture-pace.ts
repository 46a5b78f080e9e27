/**
 * How many in-page navigations may store a profile: a person reads a profile for seconds, not milliseconds, so a
 * burst of address changes (a page script calling pushState to /in/fake-1, /in/fake-2, …) stores at most a few.
 * A bucket of `burst` captures refilled at `perMinute`; the page's first profile is not counted.
 */
export function createCapturePace({ burst, perMinute }: { burst: number; perMinute: number }) {
  let tokens = burst;
  let last: number | null = null;
  return {
    /** Takes one capture if one is left at `now` (epoch ms); false means skip this profile. */
    take(now: number): boolean {
      if (last !== null) tokens = Math.min(burst, tokens + ((now - last) * perMinute) / 60_000);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
