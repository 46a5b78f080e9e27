import { flushSync } from 'react-dom';
import type { FirstStepHandover } from '../../components/follow-up/first-step-handover';
import { adoptEarlyQuery } from '../../components/follow-up/queue-query';
import { SidePanelPage } from '../../components/follow-up/SidePanelPage';
import { mount } from '../../components/shared/mount';
import { publishSettings } from '../../components/shared/settings-store';

/**
 * The side panel's page, in React: loaded by ./main.ts once the first step has painted. It starts from the first
 * step's settings and query (the same objects: the hook's first render shows the queue painted, computed once).
 * Rendered and committed in this one task, not a task later: the box painted before React
 * (components/follow-up/first-paint.ts) may be typed in or focused until the moment React replaces it, and the page
 * reads both as it renders (else "marsh" typed in between went to a box already gone).
 */
export function mountSidePanel(handover?: FirstStepHandover) {
  if (handover) {
    publishSettings(handover.settings);
    adoptEarlyQuery(handover.query);
  }
  return flushSync(() => mount(<SidePanelPage />));
}
