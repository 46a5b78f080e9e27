import { mount } from '../../components/mount';
import { WhyPage } from '../../components/why/WhyPage';

mount(<WhyPage />);
