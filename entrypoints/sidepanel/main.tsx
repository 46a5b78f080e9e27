import { SidePanelPage } from '../../components/SidePanelPage';
import { mount } from '../../components/mount';

mount(<SidePanelPage />);
