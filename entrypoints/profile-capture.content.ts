import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../lib/browser/messaging';
import { awaitProfile } from '../lib/capture/await-profile';
import { createCapturePace } from '../lib/capture/capture-pace';
import { stillShown } from '../lib/capture/still-shown';
import { extractProfile } from '../lib/linkedin/extract';
import { profileIdFromUrl } from '../lib/linkedin/url';
import { readSettingsMirror } from '../lib/settings/storage';

const TOP_CARD_TIMEOUT_MS = 10_000;
/** A profile is stored once it has been on screen this long: what a person opens, not what a script flashes. */
const DWELL_MS = 1_500;

// Reads each profile the user opens, once per visit, following LinkedIn's in-page navigation.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!(await readSettingsMirror()).captureProfiles) return;
    let currentId: string | null = null;
    let previousName: string | undefined;
    let visit: AbortController | undefined;
    const pace = createCapturePace({ burst: 3, perMinute: 6 });

    const capture = async (url: string, inPage: boolean) => {
      const id = profileIdFromUrl(url);
      if (id === currentId) return;
      currentId = id;
      visit?.abort();
      if (!id) return;
      visit = new AbortController();
      const signal = AbortSignal.any([visit.signal, ctx.signal]);
      const options = { extract: extractProfile, previousName, timeoutMs: TOP_CARD_TIMEOUT_MS, signal };
      const profile = await awaitProfile(document, url, options);
      if (!profile || signal.aborted) return;
      if (!(await stillShown(document, url, profile, { ...options, dwellMs: DWELL_MS }))) return;
      if (inPage && !pace.take(Date.now())) return;
      previousName = profile.name;
      await sendToBackground('profile/captured', profile);
    };

    ctx.addEventListener(window, 'wxt:locationchange', (event) => void capture(event.newUrl.href, true));
    await capture(location.href, false);
  },
});
