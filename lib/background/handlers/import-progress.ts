import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { importRuns } from '../import-runs';

/** How far the commit of an import (or a restore) is, of its whole work; zero of zero when none runs. */
export function importProgress({ db }: HandlerContext): Handler<'import/progress'> {
  return async ({ importId }) => {
    const run = importRuns(db).get(importId);
    return { written: run?.written ?? 0, total: run?.total ?? 0 };
  };
}
