import { startQueueEarly } from '../../components/follow-up/queue-query';
import { SidePanelPage } from '../../components/follow-up/SidePanelPage';
import { mount } from '../../components/shared/mount';

// The queue's reads start now, beside React's start-up, not after its first render (no group opened in full yet).
startQueueEarly('');
mount(<SidePanelPage />);
