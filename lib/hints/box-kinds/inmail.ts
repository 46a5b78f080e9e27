import { conversationRecipient, hasSubject, isFormSendButton, MESSAGE_EDITOR } from './conversation';
import type { BoxKind } from './types';

/** InMail: the same editor in a form that also has a subject line. */
export const inmailBox: BoxKind = {
  id: 'inmail',
  messageKind: 'inmail',
  selector: MESSAGE_EDITOR,
  accepts: hasSubject,
  recipient: conversationRecipient,
  isSendControl: isFormSendButton,
};
