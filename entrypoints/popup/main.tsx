import { PopupPage } from '../../components/PopupPage';
import { mount } from '../../components/mount';

mount(<PopupPage />);
