import { paintFirstQueue, paintLoading } from '../../components/follow-up/first-paint';
import { startQueueEarly } from '../../components/follow-up/queue-query';
import { adoptPageStyle } from '../../components/shared/page-style';
import { userTimeZone } from '../../lib/time/calendar';

// The queue's reads start first, alone: React and the page's components (most of the panel's script) evaluated
// and mounted meanwhile held the reads' callbacks back on the one main thread (201 ms in the panel, 78 ms alone).
// The first queue found is painted without React (components/follow-up/first-paint.ts), and React loads once that
// frame is on screen; its first render shows the same queue from the same query (one computation per open).

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

const firstQueue = startQueueEarly('');
// After the database's opening and the settings' read have been asked for: they go on while the header is drawn.
adoptPageStyle();
const root = document.getElementById('root');
if (root) paintLoading(root);

firstQueue
  .then(async (queue) => {
    if (queue && root && paintFirstQueue(root, queue, userTimeZone())) await afterPaint();
    return import('./page');
  })
  .then(({ mountSidePanel }) => mountSidePanel());
