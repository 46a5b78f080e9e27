import type { FollowUpState } from '../schema/follow-up';

/** Keys the user finished, or snoozed past `now`. A snooze ends by itself; done is for good. */
export function hiddenKeys(states: readonly FollowUpState[], now: number): Set<string> {
  const hidden = new Set<string>();
  for (const state of states) {
    if (state.doneAt !== null || (state.snoozedUntil !== null && state.snoozedUntil > now))
      hidden.add(state.key);
  }
  return hidden;
}
