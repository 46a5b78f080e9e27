/**
 * Calls `onMove` once a frame at most while the box may have moved or changed size: the box resized or scrolled,
 * the page scrolled (any scroller, hence capture) or the window resized. Returns `follow`, to ask for a frame on
 * other causes (the user typed). Everything stops when `signal` aborts.
 */
export function followBox(box: HTMLElement, onMove: () => void, signal: AbortSignal): () => void {
  let frame = 0;
  const follow = () => {
    if (signal.aborted) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(onMove);
  };
  const resizes = new ResizeObserver(follow);
  resizes.observe(box);
  box.addEventListener('scroll', follow, { passive: true, signal });
  window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
  window.addEventListener('resize', follow, { passive: true, signal });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    resizes.disconnect();
  });
  return follow;
}
