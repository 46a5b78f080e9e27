import type { RapportDatabase } from '../../lib/db/database';
import { entriesOf } from '../../lib/db/imported-threads';
import { allThreads } from '../../lib/db/thread-store';
import type { Interaction } from '../../lib/schema/interaction';

/**
 * Every interaction a database holds, in no particular order: the rows logged or captured live and, from schema
 * v16, the entries of the imported threads (lib/db/imported-threads.ts).
 */
export async function storedHistory(db: RapportDatabase): Promise<Interaction[]> {
  return [
    ...(await db.interactions.toArray()),
    ...(await allThreads(db)).flatMap((thread) => entriesOf(thread)),
  ];
}
