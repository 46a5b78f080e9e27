import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../lib/browser/messaging';
import { awaitProfile } from '../lib/capture/await-profile';
import { extractProfile } from '../lib/linkedin/extract';
import { profileIdFromUrl } from '../lib/linkedin/url';
import { readSettings } from '../lib/settings/storage';

const TOP_CARD_TIMEOUT_MS = 10_000;

// Reads each profile the user opens, once per visit, following LinkedIn's in-page navigation.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!(await readSettings()).captureProfiles) return;
    let currentId: string | null = null;
    let previousName: string | undefined;
    let visit: AbortController | undefined;

    const capture = async (url: string) => {
      const id = profileIdFromUrl(url);
      if (id === currentId) return;
      currentId = id;
      visit?.abort();
      if (!id) return;
      visit = new AbortController();
      const signal = AbortSignal.any([visit.signal, ctx.signal]);
      const profile = await awaitProfile(document, url, {
        extract: extractProfile,
        previousName,
        timeoutMs: TOP_CARD_TIMEOUT_MS,
        signal,
      });
      if (!profile || signal.aborted) return;
      previousName = profile.name;
      await sendToBackground('profile/captured', profile);
    };

    ctx.addEventListener(window, 'wxt:locationchange', (event) => void capture(event.newUrl.href));
    await capture(location.href);
  },
});
