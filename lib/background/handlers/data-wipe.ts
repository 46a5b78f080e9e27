import { DATA_TABLES, dataTables } from '../../db/database';
import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';

/** Deletes every row of every table in one transaction: all or nothing. */
export function dataWipe({ db }: HandlerContext): Handler<'data/wipe'> {
  return async () =>
    db.transaction('rw', dataTables(db), async () => {
      let deleted = 0;
      for (const name of DATA_TABLES) {
        const table = db.table(name);
        deleted += await table.count();
        await table.clear();
      }
      return { deleted };
    });
}
