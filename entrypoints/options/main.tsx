import { mount } from '../../components/mount';
import { OptionsPage } from '../../components/OptionsPage';

mount(<OptionsPage />);
