import { NetworkPage } from '../../components/network/NetworkPage';
import { mount } from '../../components/shared/mount';

mount(<NetworkPage />);
