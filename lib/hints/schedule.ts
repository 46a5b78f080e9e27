/** Quiet time after the last keystroke before a draft is analysed: typing never waits on analysis. */
export const PAUSE_MS = 150;
/** How long an idle callback may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 100;

/**
 * Runs `task` once the user pauses: each poke restarts the pause; then the task waits for an idle moment
 * (requestIdleCallback where the browser has it) so it never lands inside a keystroke's frame.
 */
export function afterPause(task: () => void, pauseMs = PAUSE_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    idle = undefined;
  };
  return {
    poke() {
      cancel();
      timer = setTimeout(() => {
        if (typeof requestIdleCallback === 'function')
          idle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
        else task();
      }, pauseMs);
    },
    cancel,
  };
}
