import { OptionsPage } from '../../components/OptionsPage';
import { mount } from '../../components/mount';

mount(<OptionsPage />);
