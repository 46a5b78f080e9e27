import type { Handlers } from '../../protocol/router';
import type { socialProtocol } from '../../protocol/social-messages';
import type { HandlerContext } from '../context';
import { eventEnd, eventMet, eventStart, eventUnmet } from './event-handlers';
import { introDrafted, introMarkSent, mutualChoose } from './intro-handlers';
import { networkDraw } from './network-draw';

/** The handlers of lib/protocol/social-messages.ts, spread into createHandlers. */
export function socialHandlers(context: HandlerContext): Pick<Handlers, keyof typeof socialProtocol> {
  return {
    'intro/drafted': introDrafted(context),
    'intro/mark-sent': introMarkSent(context),
    'mutual/choose': mutualChoose(context),
    'event/start': eventStart(context),
    'event/end': eventEnd(context),
    'event/met': eventMet(context),
    'event/unmet': eventUnmet(context),
    'network/draw': networkDraw(context),
  };
}
