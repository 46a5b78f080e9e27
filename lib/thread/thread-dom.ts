// Where a LinkedIn conversation lives in the page: the messaging page's thread and each overlay bubble share one
// message list structure (msg-s-*). Selectors in one place, so a layout change is mended here.

/** A conversation's root: an overlay bubble, or the messaging page's open thread. */
export const THREAD_ROOT = '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread';
/** The header naming whom the conversation is with. */
export const THREAD_HEADER = '.msg-overlay-bubble-header, .msg-title-bar, .msg-thread__topcard';
/** A name in the header, when it shows one. */
export const HEADER_NAME =
  '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title, .profile-card-one-to-one__profile-link';
/** Signs of a group conversation in its header: several faces, or a participant count. */
export const GROUP_MARKERS =
  '.msg-facepile-grid, .msg-facepile, .msg-group-participants, [data-group-thread]';
/** One message list, in which each event (a message or a system line) is an item. */
export const MESSAGE_LIST = '.msg-s-message-list-content, .msg-s-message-list';
/** An item of the list, in document order: day headings and message events. */
export const LIST_ITEM = '.msg-s-message-list__time-heading, .msg-s-event-listitem';
export const DAY_HEADING = 'msg-s-message-list__time-heading';
/** A group's head: who wrote the messages below it, and when. */
export const SENDER_NAME = '.msg-s-message-group__name, .msg-s-message-group__profile-link';
export const SENDER_LINK = 'a.msg-s-event-listitem__link, a.msg-s-message-group__profile-link';
export const GROUP_TIME = '.msg-s-message-group__timestamp';
/** The words of one message; events without it (accepted invitations, calls, joins) are system lines. */
export const MESSAGE_BODY = '.msg-s-event-listitem__body';
/** LinkedIn marks messages by anyone but the user. */
export const FROM_OTHER_CLASS = 'msg-s-event-listitem--other';
/** The message's own identity, the same in the overlay and on the messaging page. */
export const EVENT_URN = 'data-event-urn';
