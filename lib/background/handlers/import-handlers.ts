import type { importProtocol } from '../../protocol/import-messages';
import type { Handlers } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { dataRestore } from './data-restore';
import { importBegin } from './import-begin';
import { importCancel } from './import-cancel';
import { importChunk } from './import-chunk';
import { importCommit } from './import-commit';
import { importProgress } from './import-progress';
import { restoreCommit } from './restore-commit';

/** The handlers of lib/protocol/import-messages.ts, spread into createHandlers. */
export function importHandlers(context: HandlerContext): Pick<Handlers, keyof typeof importProtocol> {
  return {
    'import/begin': importBegin(context),
    'import/chunk': importChunk(context),
    'import/commit': importCommit(context),
    'import/cancel': importCancel(context),
    'import/progress': importProgress(context),
    'restore/commit': restoreCommit(context),
    'data/restore': dataRestore(context),
  };
}
