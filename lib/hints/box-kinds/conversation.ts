import type { Recipient } from '../../schema/sent-message';
import { nearestAround, recipientFrom } from '../recipient';

/** LinkedIn's message editor, shared by the messaging page, the overlays and InMail. */
export const MESSAGE_EDITOR = 'div.msg-form__contenteditable[role=textbox]';
const OVERLAY_BUBBLE = '.msg-overlay-conversation-bubble';
const SUBJECT = 'input[name=subject], .msg-form__subject';

export const isInOverlay = (box: HTMLElement) => box.closest(OVERLAY_BUBBLE) !== null;
export const hasSubject = (box: HTMLElement) => box.closest('form')?.querySelector(SUBJECT) != null;

/** The person in the conversation's header: the thread title bar, or the overlay bubble's header. */
export function conversationRecipient(box: HTMLElement): Recipient | null {
  const stopAt = `${OVERLAY_BUBBLE}, .msg-convo-wrapper, .msg-thread, body`;
  const header = nearestAround(
    box,
    '.msg-overlay-bubble-header, .msg-title-bar, .msg-thread__topcard',
    stopAt,
  );
  if (!header) return null;
  const link = header.querySelector('a[href*="/in/"]');
  const name = header.querySelector(
    '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title, .profile-card-one-to-one__profile-link',
  );
  return recipientFrom(link, name);
}

/** LinkedIn's send button of the same form as the box (never another conversation's). */
export function isFormSendButton(target: Element, box: HTMLElement): boolean {
  const button = target.closest('button.msg-form__send-button, button[type=submit]');
  const form = box.closest('form');
  return button !== null && form?.contains(button) === true;
}
