import { startQueueEarly } from '../../components/follow-up/queue-query';

// The queue's reads start first (no group opened in full yet); React and the page's components (most of the
// panel's script) load and start while they run, so neither waits for the other.
startQueueEarly('');
import('./page').then(({ mountSidePanel }) => mountSidePanel());
