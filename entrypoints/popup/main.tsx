import { PopupPage } from '../../components/contact/PopupPage';
import { mount } from '../../components/shared/mount';

mount(<PopupPage />);
