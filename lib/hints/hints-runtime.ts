import { ANY_BOX, boxOf } from './box-kinds';
import { type BoxSession, createBoxSession, type SessionEnvironment } from './box-session';
import { HIGHLIGHT_CSS } from './highlights';

/**
 * Inline hints on a page: a box gets a session when the user focuses it (LinkedIn renders boxes on demand and
 * re-renders them often) or when it already holds a draft; the session ends when its box leaves the page.
 */
export function startInlineHints(env: SessionEnvironment) {
  const sessions = new Map<HTMLElement, BoxSession>();
  // The underline style must live in the page's own styles to reach LinkedIn's editors; it styles nothing else.
  const style = document.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  document.head.append(style);

  const ensure = (element: Element) => {
    const found = boxOf(element);
    if (found && !sessions.has(found.box))
      sessions.set(found.box, createBoxSession(found.box, found.kind, env));
  };
  const onFocus = (event: FocusEvent) => event.target instanceof Element && ensure(event.target);

  let sweepFrame = 0;
  const sweep = () => {
    sweepFrame = 0;
    for (const [box, session] of sessions) {
      if (box.isConnected) continue;
      session.dispose();
      sessions.delete(box);
    }
  };
  const removals = new MutationObserver(() => {
    if (sessions.size && !sweepFrame) sweepFrame = requestAnimationFrame(sweep);
  });

  document.addEventListener('focusin', onFocus, true);
  removals.observe(document.body, { childList: true, subtree: true });
  for (const box of document.querySelectorAll<HTMLElement>(ANY_BOX)) {
    const hasDraft = box instanceof HTMLTextAreaElement ? box.value.trim() : box.textContent?.trim();
    if (hasDraft || box.contains(document.activeElement)) ensure(box);
  }

  return {
    refresh: () => {
      for (const session of sessions.values()) session.refresh();
    },
    stop() {
      document.removeEventListener('focusin', onFocus, true);
      removals.disconnect();
      cancelAnimationFrame(sweepFrame);
      for (const session of sessions.values()) session.dispose();
      sessions.clear();
      style.remove();
    },
  };
}
