/**
 * LinkedIn-like conversations of invented people, modelled on LinkedIn's messaging structures (msg-s-*): day
 * headings, a group head (picture link, name, time) at the start of each run of one sender's messages, events
 * with LinkedIn's URN, system lines without a message body, overlay bubbles and the messaging page's thread.
 */
import type { BoxPerson } from './message-boxes';

export const ME: BoxPerson = { slug: 'sam-rivera-me', name: 'Sam Rivera' };

export type ThreadEvent =
  | { day: string }
  | { system: string }
  | { from: BoxPerson; time?: string; text: string; urn?: string; continues?: boolean };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One list item: a day heading, a system line, or a message (with its group head unless it continues a run). */
export function threadEvent(event: ThreadEvent): string {
  if ('day' in event)
    return `<li class="msg-s-message-list__time-heading t-12 t-black--light t-bold">${escapeHtml(event.day)}</li>`;
  if ('system' in event)
    return `<li class="msg-s-message-list__event"><div class="msg-s-event-listitem msg-s-event-listitem--system">
      <p class="msg-s-event-listitem__system-message t-12">${escapeHtml(event.system)}</p></div></li>`;
  const other = event.from.slug !== ME.slug ? ' msg-s-event-listitem--other' : '';
  const urn = event.urn
    ? ` data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:${ME.slug},${event.urn})"`
    : '';
  const head = event.continues
    ? ''
    : `<a class="msg-s-event-listitem__link" href="/in/${event.from.slug}/"><img class="msg-s-event-listitem__profile-picture" alt="${escapeHtml(event.from.name)}"></a>
      <div class="msg-s-message-group__meta"><span class="msg-s-message-group__profile-link msg-s-message-group__name t-14 t-bold">${escapeHtml(event.from.name)}</span>
      <time class="msg-s-message-group__timestamp t-12">${escapeHtml(event.time ?? '9:00 AM')}</time></div>`;
  return `<li class="msg-s-message-list__event clearfix"><div class="msg-s-event-listitem${other}"${urn}>${head}
    <div class="msg-s-event-listitem__message-bubble"><p class="msg-s-event-listitem__body t-14">${escapeHtml(event.text)}</p></div></div></li>`;
}

const messageList = (events: readonly ThreadEvent[]) =>
  `<div class="msg-s-message-list-container"><div class="msg-s-message-list full-width scrollable">
    <ul class="msg-s-message-list-content list-style-none full-width">${events.map(threadEvent).join('')}</ul></div></div>`;

const messageForm = `<form class="msg-form"><div class="msg-form__msg-content-container"><div class="msg-form__contenteditable t-14 notranslate"
  contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…"><p><br></p></div></div>
  <footer class="msg-form__footer"><button class="msg-form__send-button artdeco-button" type="submit">Send</button></footer></form>`;

// LinkedIn's own behaviour that the tests drive: sending clears the box; new and older messages arrive late.
const PAGE_SCRIPT = `<script>
  document.addEventListener('click', (event) => {
    const send = event.target.closest('.msg-form__send-button');
    if (send) { event.preventDefault(); send.closest('form').querySelector('[role=textbox]').innerHTML = '<p><br></p>'; }
  });
  window.arrive = (html, which = 0) => document.querySelectorAll('.msg-s-message-list-content')[which].insertAdjacentHTML('beforeend', html);
  window.loadOlder = (html, which = 0) => document.querySelectorAll('.msg-s-message-list-content')[which].insertAdjacentHTML('afterbegin', html);
</script>`;

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${escapeHtml(title)} | LinkedIn</title></head><body>${body}${PAGE_SCRIPT}</body></html>`;

/** /messaging/thread/…: the one-to-one thread with its title bar, its messages and the reply form. */
export function threadPage(them: BoxPerson, events: readonly ThreadEvent[]) {
  return page(
    'Messaging',
    `<main class="msg-convo-wrapper msg-thread"><div class="msg-title-bar"><a class="msg-thread__link-to-profile" href="/in/${them.slug}/">
      <h2 class="msg-entity-lockup__entity-title">${escapeHtml(them.name)}</h2></a></div>
      ${messageList(events)}${messageForm}</main>`,
  );
}

/** A group conversation on the messaging page: several faces in the header, several people writing. */
export function groupThreadPage(people: readonly BoxPerson[], events: readonly ThreadEvent[]) {
  const names = people.map((person) => person.name).join(', ');
  return page(
    'Messaging',
    `<main class="msg-convo-wrapper msg-thread"><div class="msg-title-bar">
      <div class="msg-facepile-grid">${people.map((p) => `<img alt="${escapeHtml(p.name)}">`).join('')}</div>
      <h2 class="msg-entity-lockup__entity-title">${escapeHtml(names)}</h2></div>
      ${messageList(events)}${messageForm}</main>`,
  );
}

export interface Bubble {
  them: BoxPerson;
  events: readonly ThreadEvent[];
  /** A group conversation: several faces, no one person's link. */
  group?: readonly BoxPerson[];
}

/** The feed with overlay bubbles open at the bottom, each its own conversation. */
export function overlayThreadsPage(bubbles: readonly Bubble[]) {
  const title = ({ them, group }: Bubble) =>
    group
      ? `<div class="msg-facepile-grid">${group.map((p) => `<img alt="${escapeHtml(p.name)}">`).join('')}</div>
        <h2 class="msg-overlay-bubble-header__title">${escapeHtml(group.map((p) => p.name).join(', '))}</h2>`
      : `<h2 class="msg-overlay-bubble-header__title"><a class="profile-card-one-to-one__profile-link" href="/in/${them.slug}/">
        <span>${escapeHtml(them.name)}</span></a></h2>`;
  const bubble = (b: Bubble) => `<div class="msg-overlay-conversation-bubble" data-person="${b.them.slug}">
    <header class="msg-overlay-bubble-header">${title(b)}</header>
    <div class="msg-overlay-conversation-bubble__content-wrapper">${messageList(b.events)}${messageForm}</div></div>`;
  return page(
    'Feed',
    `<main><h1 class="visually-hidden">Feed</h1></main>
    <aside id="msg-overlay" class="msg-overlay-container" style="position:fixed;bottom:0;right:0;display:flex;gap:8px;align-items:flex-end">
      ${bubbles.map(bubble).join('')}</aside>`,
  );
}
