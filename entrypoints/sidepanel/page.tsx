import { flushSync } from 'react-dom';
import { SidePanelPage } from '../../components/follow-up/SidePanelPage';
import { mount } from '../../components/shared/mount';

/**
 * The side panel's page, in React: loaded by ./main.ts once the queue's reads have started. Rendered and committed in
 * this one task, not a task later: the box painted before React (components/follow-up/first-paint.ts) may be typed in
 * or focused until the moment React replaces it, and the page reads both as it renders (else "marsh" typed in between
 * went to a box already gone).
 */
export function mountSidePanel() {
  return flushSync(() => mount(<SidePanelPage />));
}
