import {
  conversationRecipient,
  hasSubject,
  isFormSendButton,
  isInOverlay,
  MESSAGE_EDITOR,
} from './conversation';
import type { BoxKind } from './types';

/** The full messaging page (/messaging/thread/…): one conversation, its header above the list. */
export const messagingBox: BoxKind = {
  id: 'messaging',
  messageKind: 'message',
  selector: MESSAGE_EDITOR,
  accepts: (box) => !isInOverlay(box) && !hasSubject(box),
  recipient: conversationRecipient,
  isSendControl: isFormSendButton,
};
