import { DATABASE_NAME } from '../../../lib/db/name';
import { QUEUE_ROWS } from '../../../lib/db/queue-rows';

/**
 * A script for an extension page (either browser) that holds a read-write transaction on the queue's rows open
 * for `ms`, writing nothing, and resolves once it holds it: a side panel opened meanwhile finds its own queue's
 * read waiting behind it (as behind an import's save), so the view the background kept is drawn first, whatever
 * the machine's load. Without it, on a database of a few people the panel's own queue can come before the kept view
 * is read, and is drawn alone, as it should be.
 */
export const holdQueueReads = (ms: number) => `new Promise((held, failed) => {
  const opening = indexedDB.open(${JSON.stringify(DATABASE_NAME)});
  opening.onerror = () => failed(opening.error);
  opening.onsuccess = () => {
    const store = opening.result.transaction([${JSON.stringify(QUEUE_ROWS)}], 'readwrite').objectStore(${JSON.stringify(QUEUE_ROWS)});
    const until = performance.now() + ${ms};
    const again = () => {
      if (performance.now() < until) store.count().onsuccess = again;
    };
    store.count().onsuccess = () => {
      held();
      again();
    };
  };
})`;
