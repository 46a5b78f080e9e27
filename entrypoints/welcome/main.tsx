import { mount } from '../../components/shared/mount';
import { WelcomePage } from '../../components/welcome/WelcomePage';

mount(<WelcomePage />);
