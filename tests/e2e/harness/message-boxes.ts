/** Invented people and LinkedIn-like pages with every kind of box a person writes to another in. */
export interface BoxPerson {
  slug: string;
  name: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The page's own behaviour, as LinkedIn's: sending clears the box (or closes the invite dialog); with
// "Press Enter to send" on (data-enter-sends), Enter sends too. Rapport must never do any of this itself.
const PAGE_SCRIPT = `<script>
  const clear = (box) => box.matches('textarea') ? (box.value = '') : (box.innerHTML = '<p><br></p>');
  document.addEventListener('click', (event) => {
    const send = event.target.closest('.msg-form__send-button, .comments-comment-box__submit-button');
    if (send) { event.preventDefault(); clear(send.closest('form').querySelector('[role=textbox]')); }
    const invite = event.target.closest('button[aria-label="Send invitation"]');
    if (invite) invite.closest('.artdeco-modal-overlay').remove();
  });
  document.addEventListener('keydown', (event) => {
    const form = event.target.closest && event.target.closest('form[data-enter-sends]');
    if (form && event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); clear(event.target); }
  });
</script>`;

/** LinkedIn's look, roughly, in its light and dark themes: for screenshots and layout checks of the badge. */
export type PageTheme = 'plain' | 'light' | 'dark';
const THEME_CSS = {
  light: { bg: '#f4f2ee', card: '#ffffff', text: '#191919', border: '#8c8c8c' },
  dark: { bg: '#000000', card: '#1b1f23', text: '#e9e9e9', border: '#7d7d7d' },
};
function themeStyle(theme: PageTheme): string {
  if (theme === 'plain') return '';
  const c = THEME_CSS[theme];
  return `<style>
    body { margin: 0; padding: 24px; background: ${c.bg}; color: ${c.text}; font: 14px/1.4 system-ui, sans-serif; }
    .msg-thread { max-width: 620px; margin: 0 auto; background: ${c.card}; border-radius: 8px; padding: 16px; }
    .msg-entity-lockup__entity-title { font-size: 16px; margin: 0 0 8px; }
    .msg-s-message-list-content { list-style: none; padding: 0; color: ${c.text}; }
    .msg-form__contenteditable { min-height: 96px; padding: 10px 12px; border: 1px solid ${c.border}; border-radius: 8px;
      background: ${c.card}; color: ${c.text}; outline-offset: 2px; }
    .msg-form__contenteditable p { margin: 0; }
    .msg-form__footer { display: flex; justify-content: flex-end; padding-top: 8px; }
    .msg-form__send-button { background: #0a66c2; color: #fff; border: 0; border-radius: 16px; padding: 6px 16px; }
  </style>`;
}

const page = (title: string, body: string, theme: PageTheme = 'plain') =>
  `<!doctype html><html class="${theme === 'dark' ? 'theme theme--dark' : 'theme'}"><head><title>${escapeHtml(title)} | LinkedIn</title>${themeStyle(theme)}</head><body>${body}${PAGE_SCRIPT}</body></html>`;

function messageForm(options: { enterSends?: boolean; subject?: boolean } = {}) {
  return `<form class="msg-form" ${options.enterSends ? 'data-enter-sends' : ''}>
    ${options.subject ? '<input class="msg-form__subject" name="subject" placeholder="Subject">' : ''}
    <div class="msg-form__msg-content-container"><div class="msg-form__contenteditable t-14 notranslate"
      contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…"><p><br></p></div></div>
    <footer class="msg-form__footer"><button class="msg-form__send-button artdeco-button" type="submit">Send</button></footer>
  </form>`;
}

/** /messaging/thread/…: a header with the person's link above the thread and its form. A null person: no header. */
export function messagingPage(person: BoxPerson | null, nameOnly = false, theme: PageTheme = 'plain') {
  const link = person && !nameOnly ? `href="/in/${person.slug}/"` : '';
  const header = person
    ? `<div class="msg-title-bar"><a class="msg-thread__link-to-profile" ${link}>
        <h2 class="msg-entity-lockup__entity-title">${escapeHtml(person.name)}</h2></a></div>`
    : '';
  return page(
    'Messaging',
    `<main class="msg-convo-wrapper msg-thread">${header}
    <ul class="msg-s-message-list-content"><li>Earlier message</li></ul>${messageForm()}</main>`,
    theme,
  );
}

function overlayBubble(person: BoxPerson, options: { enterSends?: boolean; subject?: boolean } = {}) {
  return `<div class="msg-overlay-conversation-bubble" data-person="${person.slug}">
    <header class="msg-overlay-bubble-header"><h2 class="msg-overlay-bubble-header__title">
      <a class="profile-card-one-to-one__profile-link" href="/in/${person.slug}/"><span>${escapeHtml(person.name)}</span></a></h2></header>
    <div class="msg-overlay-conversation-bubble__content-wrapper">${messageForm(options)}</div></div>`;
}

/** The feed with two message overlays open at once, the second with "Press Enter to send" on. */
export function overlaysPage(first: BoxPerson, second: BoxPerson) {
  return page(
    'Feed',
    `<main><h1 class="visually-hidden">Feed</h1></main>
    <aside id="msg-overlay" class="msg-overlay-container" style="position:fixed;bottom:0;right:0;display:flex;gap:8px">
      ${overlayBubble(first)}${overlayBubble(second, { enterSends: true })}</aside>
    <script>
      // LinkedIn's React re-renders an overlay: the editor element is replaced by a fresh one.
      window.rerenderFirst = () => {
        const old = document.querySelector('.msg-overlay-conversation-bubble [role=textbox]');
        const fresh = old.cloneNode(false); fresh.innerHTML = '<p><br></p>'; old.replaceWith(fresh);
      };
    </script>`,
  );
}

/** Any page (a profile, say) with a message overlay to `person` open over it, as LinkedIn's "Message" button opens. */
export function withMessageOverlay(html: string, person: BoxPerson) {
  return html.replace(
    '</body>',
    `<aside class="msg-overlay-container" style="position:fixed;bottom:0;right:0">${overlayBubble(person)}</aside></body>`,
  );
}

/** An InMail compose overlay: the message form with a subject line. */
export function inmailPage(person: BoxPerson) {
  return page(
    'Messaging',
    `<aside class="msg-overlay-container">${overlayBubble(person, { subject: true })}</aside>`,
  );
}

/** A profile page with the "Add a note" invite dialog open. */
export function invitePage(person: BoxPerson) {
  return page(
    person.name,
    `<main><section class="pv-top-card"><h1 class="text-heading-xlarge">${escapeHtml(person.name)}</h1></section></main>
    <div class="artdeco-modal-overlay"><div class="artdeco-modal send-invite" role="dialog" aria-labelledby="send-invite-modal">
      <div class="artdeco-modal__header"><h2 id="send-invite-modal">Add a note to your invitation</h2></div>
      <div class="artdeco-modal__content"><p>Personalize your invitation to <strong>${escapeHtml(person.name)}</strong> by adding a note.</p>
        <textarea id="custom-message" name="message" class="ember-text-area connect-button-send-invite__custom-message"
          maxlength="300" rows="5" style="width:400px;font:14px/20px Arial;padding:8px"></textarea></div>
      <div class="artdeco-modal__actionbar"><button class="artdeco-button artdeco-button--secondary">Cancel</button>
        <button class="artdeco-button artdeco-button--primary" aria-label="Send invitation">Send</button></div></div></div>`,
  );
}

/** A feed post by `author` with its comment box open. */
export function commentPage(author: BoxPerson) {
  return page(
    'Feed',
    `<main><div class="feed-shared-update-v2" data-urn="urn:li:activity:1">
    <div class="update-components-actor"><a class="update-components-actor__meta-link" href="/in/${author.slug}/">
      <span class="update-components-actor__title"><span aria-hidden="true">${escapeHtml(author.name)}</span></span></a></div>
    <div class="update-components-text">Shipping our new routing engine today.</div>
    <form class="comments-comment-box__form"><div class="comments-comment-texteditor"><div class="editor-container">
      <div class="ql-editor" contenteditable="true" role="textbox" aria-label="Add a comment…"><p><br></p></div></div></div>
      <button class="comments-comment-box__submit-button artdeco-button" type="submit">Post</button></form></div></main>`,
  );
}

/** A page that renders an unknown kind of box late, the way LinkedIn renders boxes on demand: on `renderLater()`. */
export function lateBoxPage() {
  return page(
    'Events',
    `<main><div id="later"></div></main><script>
    window.renderLater = () => { document.getElementById('later').innerHTML =
      '<div class="new-composer"><div contenteditable="true" role="textbox" aria-label="Say something"></div></div>'; };
  </script>`,
  );
}
