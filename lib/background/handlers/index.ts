import type { Handlers } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { commitmentAdd } from './commitment-add';
import { commitmentSetStatus } from './commitment-set-status';
import { contactDelete } from './contact-delete';
import { contactEdit } from './contact-edit';
import { dataExport } from './data-export';
import { dataWipe } from './data-wipe';
import { followUpDone } from './followup-done';
import { followUpSnooze } from './followup-snooze';
import { followUpUndo } from './followup-undo';
import { importHandlers } from './import-handlers';
import { interactionDelete } from './interaction-delete';
import { interactionEdit } from './interaction-edit';
import { interactionLog } from './interaction-log';
import { messageSent } from './message-sent';
import { ownProfileClear } from './own-profile-clear';
import { ownProfilePick } from './own-profile-pick';
import { profileCaptured } from './profile-captured';
import { reciprocityGet } from './reciprocity-get';
import { toneAnalyze } from './tone-analyze';

/** One handler per protocol entry; the type makes a missing one a compile error. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    'profile/captured': profileCaptured(context),
    'contact/edit': contactEdit(context),
    'interaction/log': interactionLog(context),
    'message/sent': messageSent(context),
    'reciprocity/get': reciprocityGet(context),
    'tone/analyze': toneAnalyze(context),
    'followup/done': followUpDone(context),
    'followup/snooze': followUpSnooze(context),
    'followup/undo': followUpUndo(context),
    'interaction/delete': interactionDelete(context),
    'interaction/edit': interactionEdit(context),
    'commitment/add': commitmentAdd(context),
    'commitment/set-status': commitmentSetStatus(context),
    'contact/delete': contactDelete(context),
    'own-profile/pick': ownProfilePick(context),
    'own-profile/clear': ownProfileClear(context),
    ...importHandlers(context),
    'data/export': dataExport(context),
    'data/wipe': dataWipe(context),
  };
}
