import { mount } from '../../components/mount';
import { PopupPage } from '../../components/PopupPage';

mount(<PopupPage />);
