import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openFollowUps } from '../../lib/browser/open-follow-ups';
import { overdueCount } from '../../lib/engine/grouping';
import { useQueue } from './use-queue';

/**
 * "Follow-ups (N)" at the top of the popup: one click opens the side panel (Chrome) or sidebar (Firefox), and the
 * toolbar badge's number is explained beside it. The window is looked up beforehand: the browser allows opening
 * the panel only while handling the click itself.
 */
export function FollowUpsButton() {
  const { queue, timeZone } = useQueue();
  const [windowId, setWindowId] = useState<number | undefined>();
  // A real popup has no tab of its own; the same page opened in a tab (tests, screenshots) stays open.
  const [inPopup, setInPopup] = useState(false);
  useEffect(() => {
    browser.windows.getCurrent().then(
      (window) => setWindowId(window.id),
      () => undefined,
    );
    browser.tabs.getCurrent().then(
      (tab) => setInPopup(!tab),
      () => undefined,
    );
  }, []);
  const overdue = queue ? overdueCount(queue.items, queue.now, timeZone) : 0;
  // People, as the panel lists them (one row per person), not reasons.
  const people = queue ? new Set(queue.items.map((item) => item.contactId)).size : null;
  return (
    <>
      {overdue ? (
        <span className="badge-note" id="badge-note">
          {overdue} overdue — that is the number on the Rapport button.
        </span>
      ) : null}
      <button
        type="button"
        aria-describedby={overdue ? 'badge-note' : undefined}
        onClick={() => {
          void openFollowUps(windowId).then(() => {
            // The panel is open beside the page; the popup would only cover it.
            if (inPopup) window.close();
          });
        }}
      >
        Follow-ups{people === null ? '' : ` (${people})`}
      </button>
    </>
  );
}
