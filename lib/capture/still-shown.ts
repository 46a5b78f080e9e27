import type { ExtractionResult, ProfileSnapshot } from '../schema/profile-snapshot';

interface StillShownOptions {
  extract: (doc: Document, url: string) => ExtractionResult;
  dwellMs: number;
  signal: AbortSignal;
}

/**
 * Whether the page still shows the same person at the same address after `dwellMs` of being visible: a profile
 * the user actually looked at. A hidden tab waits until it is shown; a visit cancelled meanwhile answers false.
 */
export async function stillShown(
  doc: Document,
  url: string,
  profile: ProfileSnapshot,
  { extract, dwellMs, signal }: StillShownOptions,
): Promise<boolean> {
  let shownFor = 0;
  const step = Math.min(250, dwellMs);
  while (shownFor < dwellMs) {
    await new Promise((resolve) => setTimeout(resolve, step));
    if (signal.aborted || doc.location?.href !== url) return false;
    if (doc.visibilityState === 'visible') shownFor += step;
  }
  return extract(doc, url).profile?.name === profile.name;
}
