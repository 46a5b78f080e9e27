/** Ignored hints and dismissed boxes kept in settings; the oldest go first, so the list cannot grow forever. */
const REMEMBERED = 500;

/** Adds `key` to a remembered list once, keeping the newest `REMEMBERED`. */
export function remember(list: readonly string[], key: string): string[] {
  return [...list.filter((item) => item !== key), key].slice(-REMEMBERED);
}
