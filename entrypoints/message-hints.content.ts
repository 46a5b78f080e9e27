import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../lib/browser/messaging';
import { startInlineHints } from '../lib/hints/hints-runtime';
import { readSettingsMirror, watchSettingsMirror } from '../lib/settings/storage';
import { type ThreadWatch, watchThreads } from '../lib/thread/thread-watch';

// Tone hints in LinkedIn's message boxes and the reading of open conversations, each switched on and off live
// from the options page. Hints end with the content script's context (the extension reloaded or removed).
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings = await readSettingsMirror();
    let hints: { refresh(): void; off: AbortController } | null = null;
    let threads: ThreadWatch | null = null;
    const env = {
      settings: () => settings,
      // The only settings a content script changes, and only through the background (their one writer).
      remember: async (list: 'ignoredHints' | 'dismissedBoxes', key: string) => {
        await sendToBackground('settings/remember', { list, key });
      },
      send: sendToBackground,
      conversation: async (box: HTMLElement) => (await threads?.conversationFor(box)) ?? { theirs: [] },
    };
    const apply = () => {
      if (!settings.readConversations) {
        threads?.stop();
        threads = null;
      } else {
        threads ??= watchThreads({ send: sendToBackground });
      }
      if (!settings.inlineHints) {
        hints?.off.abort();
        hints = null;
      } else if (hints) hints.refresh();
      else {
        const off = new AbortController();
        hints = { ...startInlineHints(env, AbortSignal.any([ctx.signal, off.signal])), off };
      }
    };
    const unwatch = watchSettingsMirror((next) => {
      settings = next;
      apply();
    });
    ctx.onInvalidated(() => {
      unwatch();
      threads?.stop();
    });
    apply();
  },
});
