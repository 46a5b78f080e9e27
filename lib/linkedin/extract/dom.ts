// Small DOM readers shared by the strategies. They use textContent and bounded walks only: innerText forces
// layout in a browser and is missing in jsdom, and LinkedIn pages are deep enough that an unbounded walk costs.

/** Subtrees that never hold what a person sees as the profile's own text. */
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CODE', 'IMG', 'LI-ICON']);

/** Screen-reader duplicates of visible text: reading both would double every phrase. */
const A11Y_DUPLICATE = /(^|\s)(visually-hidden|a11y-text|sr-only)(\s|$)/;

export function isHiddenFromReaders(el: Element): boolean {
  return (
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('hidden') ||
    el.getAttribute('role') === 'dialog'
  );
}

export function isScreenReaderCopy(el: Element): boolean {
  return A11Y_DUPLICATE.test(el.getAttribute('class') ?? '');
}

export function isContent(el: Element): boolean {
  return !NOT_CONTENT.has(el.tagName.toUpperCase());
}

/** Text of every text node, spaced apart so "Contact info" and "500+" in adjacent elements stay two words.
 *  Screen-reader copies are included: they carry the spoken forms ("2nd degree connection"). */
export function spokenText(root: Element, maxChars = 20_000): string {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !isContent(parent)) continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Whitespace-folded textContent, read only up to `max` characters so a hostile node costs no more. */
export function plainText(el: Element | null | undefined, max = 2000): string {
  const raw = el?.textContent ?? '';
  return (raw.length > max * 4 ? raw.slice(0, max * 4) : raw).replace(/\s+/g, ' ').trim();
}

/** Text as shown, without screen-reader copies or script bodies, reading at most `budget` elements and
 *  about `maxChars` characters. */
export function visibleText(root: Element, budget = 400, maxChars = 8000): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  let seen = 0;
  let length = 0;
  while (stack.length > 0 && seen < budget && length < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    seen++;
    if (el !== root && (isScreenReaderCopy(el) || !isContent(el))) continue;
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Whether the element holds text of its own (not only through children). */
export function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) return true;
  }
  return false;
}

/** The nearest inclusive ancestor passing `test`, stopping below `stop`. A plain walk: jsdom's closest() compiles
 *  and matches a selector per ancestor, which costs milliseconds on LinkedIn's deep pages. */
export function ancestorWhere(el: Element, test: (el: Element) => boolean, stop?: Element): Element | null {
  for (let current: Element | null = el; current && current !== stop; current = current.parentElement) {
    if (test(current)) return current;
  }
  return null;
}

export const hasTag =
  (...tags: string[]) =>
  (el: Element): boolean =>
    tags.includes(el.tagName.toUpperCase());
