import type { Handlers } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { sessionStore, unsavedCaptures } from '../unsaved-captures';
import { coachReplyHandler } from './coach-reply';
import { commitmentAdd } from './commitment-add';
import { commitmentSetStatus } from './commitment-set-status';
import { contactDelete } from './contact-delete';
import { contactEdit } from './contact-edit';
import { contactSamePerson } from './contact-same-person';
import { dataExport } from './data-export';
import { dataWipe } from './data-wipe';
import { followUpDone } from './followup-done';
import { followUpSnooze } from './followup-snooze';
import { followUpUndo } from './followup-undo';
import { heardCorrect, heardRemove } from './heard-entry';
import { importHandlers } from './import-handlers';
import { interactionDelete } from './interaction-delete';
import { interactionEdit } from './interaction-edit';
import { interactionLog } from './interaction-log';
import { messageSent } from './message-sent';
import { ownProfileClear } from './own-profile-clear';
import { ownProfilePick } from './own-profile-pick';
import { profileCaptured } from './profile-captured';
import { reciprocityGet } from './reciprocity-get';
import { settingsRemember, settingsSave } from './settings-handlers';
import { socialHandlers } from './social-handlers';
import { threadRead } from './thread-read';
import { toneAnalyze } from './tone-analyze';
import { whyOpen } from './why-open';

/**
 * One handler per protocol entry; the type makes a missing one a compile error. Captures the database refuses for
 * lack of space wait in storage.session and are written again (../unsaved-captures.ts).
 */
export function createHandlers(context: HandlerContext): Handlers {
  const unsaved = unsavedCaptures(context, sessionStore);
  return unsaved.wrap({
    'profile/captured': profileCaptured(context),
    'contact/edit': contactEdit(context),
    'interaction/log': interactionLog(context),
    'message/sent': messageSent(context),
    'thread/read': threadRead(context),
    'coach/reply': coachReplyHandler(context),
    'heard/remove': heardRemove(context),
    'heard/correct': heardCorrect(context),
    'reciprocity/get': reciprocityGet(context),
    'tone/analyze': toneAnalyze(context),
    'why/open': whyOpen(),
    'followup/done': followUpDone(context),
    'followup/snooze': followUpSnooze(context),
    'followup/undo': followUpUndo(context),
    'interaction/delete': interactionDelete(context),
    'interaction/edit': interactionEdit(context),
    'commitment/add': commitmentAdd(context),
    'commitment/set-status': commitmentSetStatus(context),
    'contact/delete': contactDelete(context),
    'contact/same-person': contactSamePerson(context),
    'own-profile/pick': ownProfilePick(context),
    'own-profile/clear': ownProfileClear(context),
    ...importHandlers(context),
    ...socialHandlers(context),
    'data/export': dataExport(context),
    'data/wipe': dataWipe(context),
    'settings/save': settingsSave(context),
    'settings/remember': settingsRemember(context),
    'captures/unsaved': () => unsaved.status(),
    'captures/retry': () => unsaved.retry(),
    'captures/forget-lost': async () => {
      await unsaved.forgetLost();
      return {};
    },
  });
}
