import { OptionsPage } from '../../components/settings/OptionsPage';
import { mount } from '../../components/shared/mount';

mount(<OptionsPage />);
