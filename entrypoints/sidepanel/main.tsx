import { mount } from '../../components/mount';
import { SidePanelPage } from '../../components/SidePanelPage';

mount(<SidePanelPage />);
