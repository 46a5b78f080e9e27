import {
  conversationRecipient,
  hasSubject,
  isFormSendButton,
  isInOverlay,
  MESSAGE_EDITOR,
} from './conversation';
import type { BoxKind } from './types';

/** A message overlay bubble at the bottom of any page; several can be open at once. */
export const overlayBox: BoxKind = {
  id: 'overlay',
  messageKind: 'message',
  selector: MESSAGE_EDITOR,
  accepts: (box) => isInOverlay(box) && !hasSubject(box),
  recipient: conversationRecipient,
  isSendControl: isFormSendButton,
};
