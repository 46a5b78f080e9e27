import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstViewOfQueue, paintFirstView, paintLoading } from '../components/follow-up/first-paint';
import { handOver } from '../components/follow-up/first-step-handover';
import { markPanel } from '../components/follow-up/panel-marks';
import { startQueueEarly } from '../components/follow-up/queue-query';
import { adoptPageStyle } from '../components/shared/page-style';
import { whenSettingsLoaded } from '../components/shared/settings-store';
import { keptViewAskedEarly, sameFirstView, usableKeptView } from '../lib/browser/kept-first-view';
import type { FirstView } from '../lib/engine/first-view';
import { prepareZone, userTimeZone } from '../lib/time/calendar';

// The side panel's first step: its queue's reads start first, alone; the first view the background kept is painted
// as soon as the settings say it fits (lib/browser/kept-first-view.ts), then the first queue found wherever it
// differs, both without React (components/follow-up/first-paint.ts). One file of its own, every module in it (WXT
// builds an unlisted script as one classic script), loaded by sidepanel/index.html before React's page: as the nine
// module files it was, it ran ~50 ms after an empty page's script; as one file, at the same time (loaded, issue 13).
// No other page loads it, so the pages' shared chunks do not change, and the manifest does not list it (no page on
// the web can load it). React's page (./sidepanel/main.ts) loads once the first queue found is on screen and takes
// the query over (components/follow-up/first-step-handover.ts): its first render shows the same queue (one
// computation per open).

/**
 * After the next frame has been drawn; at once where no frame is coming (a hidden page draws none), and after
 * FRAME_WAIT_MS at most: a page the browser draws no frame for (covered, throttled) must still get its React.
 */
const FRAME_WAIT_MS = 100;
const afterPaint = () =>
  new Promise<void>((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, FRAME_WAIT_MS);
  });

export default defineUnlistedScript(() => {
  markPanel('scriptRan');
  const firstQueue = startQueueEarly('');
  const kept = keptViewAskedEarly();
  // After the database's opening and the settings' read have been asked for: they go on while the header is drawn.
  adoptPageStyle();
  const root = document.getElementById('root');
  if (root) paintLoading(root);
  const timeZone = userTimeZone();
  // While storage and IndexedDB answer: the queue's rules and grouping then find the zone's formatters made.
  prepareZone(timeZone, Date.now());
  // The view the background kept, drawn once the settings say it fits, unless the panel's own queue came first.
  let drawn: FirstView | undefined;
  let computed = false;
  whenSettingsLoaded(async (settings) => {
    const now = Date.now();
    const view = usableKeptView(await kept, { settings, timeZone, now });
    if (view && root && !computed && paintFirstView(root, view, now, timeZone)) {
      drawn = view;
      markPanel('keptViewPainted');
    }
  });
  const done = firstQueue.then(async ({ first, settings, query }) => {
    computed = true;
    if (!first || !root) return { settings, query };
    // Drawn again only where it differs from the kept view on screen (what moved by the clock since it was kept).
    const view = firstViewOfQueue(first, timeZone);
    if (drawn && sameFirstView(view, drawn)) markPanel('painted', { overKept: false });
    else if (paintFirstView(root, view, first.now, timeZone)) {
      markPanel('painted', { overKept: !!drawn });
      await afterPaint();
    }
    return { settings, query };
  });
  handOver(done);
});
