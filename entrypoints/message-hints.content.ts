import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../lib/browser/messaging';
import { startInlineHints } from '../lib/hints/hints-runtime';
import { readSettings, updateSettings, watchSettings } from '../lib/settings/storage';
import { type ThreadWatch, watchThreads } from '../lib/thread/thread-watch';

// Tone hints in LinkedIn's message boxes and the reading of open conversations, each switched on and off live
// from the options page.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings = await readSettings();
    let hints: ReturnType<typeof startInlineHints> | null = null;
    let threads: ThreadWatch | null = null;
    const env = {
      settings: () => settings,
      saveSettings: updateSettings,
      send: sendToBackground,
      theirMessages: (box: HTMLElement) => threads?.unansweredFor(box) ?? [],
    };
    const apply = () => {
      if (!settings.readConversations) {
        threads?.stop();
        threads = null;
      } else {
        threads ??= watchThreads({ send: sendToBackground });
      }
      if (!settings.inlineHints) {
        hints?.stop();
        hints = null;
      } else if (hints) hints.refresh();
      else hints = startInlineHints(env);
    };
    const unwatch = watchSettings((next) => {
      settings = next;
      apply();
    });
    ctx.onInvalidated(() => {
      unwatch();
      hints?.stop();
      threads?.stop();
    });
    apply();
  },
});
