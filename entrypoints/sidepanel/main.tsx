import { SidePanelPage } from '../../components/follow-up/SidePanelPage';
import { mount } from '../../components/shared/mount';

mount(<SidePanelPage />);
