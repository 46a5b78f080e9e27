import type { Recipient } from '../schema/sent-message';
import type { BoxKind } from './box-kinds/types';
import type { EditorText } from './text/editor-text';

/** What was in the box, and to whom, at the moment the user sent it. */
export interface CapturedSend {
  text: string;
  recipient: Recipient;
  at: number;
}

/** How long after a send gesture the page has to clear (or close) the box for it to count as sent. */
const CONFIRM_WITHIN_MS = 3_000;
const CHECK_EVERY_MS = 50;

/**
 * Notices the user sending from `box`: a click on the box's own send button, or Enter without a modifier (which
 * sends only where LinkedIn's "Press Enter to send" is on). The text and recipient are captured before the page
 * reacts; the send counts only once the page clears the box (or, after a click, closes it), so an Enter that just
 * made a new line, or a failed send, records nothing. Each send is reported once. Rapport itself never sends.
 * Watching stops when `signal` aborts; a send the page confirmed by then (the box left the page) still counts.
 */
export function watchSends(
  box: HTMLElement,
  kind: BoxKind,
  editor: EditorText,
  onSent: (send: CapturedSend) => void,
  signal: AbortSignal,
): void {
  let pending: (CapturedSend & { byClick: boolean; deadline: number }) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    if (!pending) return;
    const gone = !box.isConnected;
    const cleared = !gone && editor.read().trim() === '';
    if (cleared || (gone && pending.byClick)) {
      const { text, recipient, at } = pending;
      pending = null;
      onSent({ text, recipient, at });
    } else if (gone || Date.now() > pending.deadline) {
      pending = null;
    } else {
      timer = setTimeout(check, CHECK_EVERY_MS);
    }
  };

  const capture = (byClick: boolean) => {
    // At most the protocol's cap for a sent message (the editor reads no more).
    const text = editor.read();
    if (!text.trim() || pending?.text === text) return;
    const recipient = kind.recipient(box);
    if (!recipient) return;
    const at = Date.now();
    pending = { text, recipient, at, byClick, deadline: at + CONFIRM_WITHIN_MS };
    clearTimeout(timer);
    timer = setTimeout(check, 0);
  };

  // Window capture phase: runs before any page handler, so the text is read before the page clears the box.
  // Only the user's own key presses and clicks count: a page script can fill the box and dispatch an Enter or a
  // click, but the browser marks those untrusted, and a forged send must record nothing.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const isSendKey = event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.isComposing;
    if (isSendKey && event.target instanceof Node && box.contains(event.target)) capture(false);
  };
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    if (event.target instanceof Element && kind.isSendControl(event.target, box)) capture(true);
  };
  window.addEventListener('keydown', onKeyDown, { capture: true, signal });
  window.addEventListener('click', onClick, { capture: true, signal });
  signal.addEventListener('abort', () => {
    // The box's session ends when the box leaves the page, which is how an invite dialog confirms its send.
    check();
    clearTimeout(timer);
  });
}
