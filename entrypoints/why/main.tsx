import { mount } from '../../components/shared/mount';
import { WhyPage } from '../../components/why/WhyPage';

mount(<WhyPage />);
