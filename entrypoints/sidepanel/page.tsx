import { SidePanelPage } from '../../components/follow-up/SidePanelPage';
import { mount } from '../../components/shared/mount';

/** The side panel's page, in React: loaded by ./main.ts once the queue's reads have started. */
export function mountSidePanel() {
  mount(<SidePanelPage />);
}
