import type { ExtractionResult, ProfileSnapshot } from '../schema/profile-snapshot';

export interface AwaitProfileOptions {
  extract: (doc: Document, url: string) => ExtractionResult;
  /** Name of the profile captured just before on this page: after an in-page navigation the old top card
   *  can linger for a moment, and must not be attributed to the new address. */
  previousName?: string;
  /** Give up after this long; LinkedIn renders the top card on demand, but not forever. */
  timeoutMs: number;
  signal: AbortSignal;
}

/**
 * Resolves with the profile once the page shows one for `url`, re-trying as the DOM changes;
 * resolves null if the page never does within the time limit, or the visit is cancelled.
 */
export function awaitProfile(
  doc: Document,
  url: string,
  options: AwaitProfileOptions,
): Promise<ProfileSnapshot | null> {
  const { extract, previousName, timeoutMs, signal } = options;
  const attempt = () => {
    const result = extract(doc, url);
    if (!result.profile || result.profile.name === previousName) return null;
    return result.profile;
  };
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(null);
    const immediate = attempt();
    if (immediate) return resolve(immediate);
    let scheduled = false;
    const finish = (profile: ProfileSnapshot | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(profile);
    };
    // Mutations come in bursts while LinkedIn renders; one extraction per burst is enough.
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        const profile = attempt();
        if (profile) finish(profile);
      }, 150);
    });
    const onAbort = () => finish(null);
    const timer = setTimeout(() => finish(null), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
