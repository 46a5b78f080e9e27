import { mount } from '../../components/mount';
import { WelcomePage } from '../../components/welcome/WelcomePage';

mount(<WelcomePage />);
