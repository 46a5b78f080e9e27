import { ANY_BOX, boxOf } from './box-kinds';
import { type BoxSession, type SessionEnvironment, startBoxSession } from './box-session';
import { HIGHLIGHT_CSS } from './highlights';

/**
 * Inline hints on a page until `signal` aborts: a box gets a session when the user focuses it (LinkedIn renders
 * boxes on demand and re-renders them often) or when it already holds a draft; the session ends when its box
 * leaves the page, or with the hints.
 */
export function startInlineHints(env: SessionEnvironment, signal: AbortSignal) {
  const sessions = new Map<HTMLElement, { session: BoxSession; end: AbortController }>();
  // The underline style must live in the page's own styles to reach LinkedIn's editors; it styles nothing else.
  const style = document.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  document.head.append(style);

  const ensure = (element: Element) => {
    const found = boxOf(element);
    if (!found || sessions.has(found.box) || signal.aborted) return;
    const end = new AbortController();
    const session = startBoxSession(found.box, found.kind, env, AbortSignal.any([signal, end.signal]));
    sessions.set(found.box, { session, end });
  };

  let sweepFrame = 0;
  const sweep = () => {
    sweepFrame = 0;
    for (const [box, { end }] of sessions) {
      if (box.isConnected) continue;
      end.abort();
      sessions.delete(box);
    }
  };
  const removals = new MutationObserver(() => {
    if (sessions.size && !sweepFrame) sweepFrame = requestAnimationFrame(sweep);
  });

  document.addEventListener('focusin', (event) => event.target instanceof Element && ensure(event.target), {
    capture: true,
    signal,
  });
  removals.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    removals.disconnect();
    cancelAnimationFrame(sweepFrame);
    sessions.clear();
    style.remove();
  });
  for (const box of document.querySelectorAll<HTMLElement>(ANY_BOX)) {
    const hasDraft = box instanceof HTMLTextAreaElement ? box.value.trim() : box.textContent?.trim();
    if (hasDraft || box.contains(document.activeElement)) ensure(box);
  }

  return {
    /** Settings changed: every box analyses again. */
    refresh: () => {
      for (const { session } of sessions.values()) session.refresh();
    },
  };
}
