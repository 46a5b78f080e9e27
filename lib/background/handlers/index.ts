import type { Handlers } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { contactEdit } from './contact-edit';
import { dataExport } from './data-export';
import { dataWipe } from './data-wipe';
import { interactionLog } from './interaction-log';
import { messageSent } from './message-sent';
import { profileCaptured } from './profile-captured';
import { reciprocityGet } from './reciprocity-get';

/** One handler per protocol entry; the type makes a missing one a compile error. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    'profile/captured': profileCaptured(context),
    'contact/edit': contactEdit(context),
    'interaction/log': interactionLog(context),
    'message/sent': messageSent(context),
    'reciprocity/get': reciprocityGet(context),
    'data/export': dataExport(context),
    'data/wipe': dataWipe(context),
  };
}
