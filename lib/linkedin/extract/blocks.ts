import {
  ancestorWhere,
  hasOwnText,
  isContent,
  isHiddenFromReaders,
  isScreenReaderCopy,
  visibleText,
} from './dom';

/** One visible run of text, such as a headline, a location or an experience entry's dates. */
export interface Block {
  text: string;
  /** Inside a link or button: page chrome such as "Contact info" or "Message", not a description of the person. */
  control: boolean;
  el: Element;
}

export interface BlockOptions {
  /** Collect only blocks after this element (which is itself left out). */
  after?: Element;
  /** Drop aria-hidden subtrees: in the top card they are badges and closed menus. Elsewhere LinkedIn shows
   *  the visible copy aria-hidden next to a screen-reader copy, so there they must be kept. */
  skipAriaHidden: boolean;
  maxElements: number;
  maxBlocks: number;
}

const isLinkOrButton = (el: Element) =>
  el.tagName === 'A' || el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';

function isControl(el: Element, root: Element): boolean {
  return ancestorWhere(el, isLinkOrButton, root.parentElement ?? undefined) !== null;
}

function isSkipped(el: Element, options: BlockOptions): boolean {
  if (!isContent(el) || isScreenReaderCopy(el)) return true;
  if (options.skipAriaHidden) return isHiddenFromReaders(el);
  return el.hasAttribute('hidden') || el.getAttribute('role') === 'dialog';
}

/** Text blocks in reading order: an element with text of its own is one block; its children are not split off. */
export function textBlocks(root: Element, options: BlockOptions): Block[] {
  const blocks: Block[] = [];
  const stack: Element[] = [root];
  let seen = 0;
  let collecting = options.after === undefined;
  while (stack.length > 0 && seen < options.maxElements && blocks.length < options.maxBlocks) {
    const el = stack.pop()!;
    seen++;
    if (el === options.after) {
      collecting = true;
      continue;
    }
    if (el !== root && isSkipped(el, options)) continue;
    if (collecting && hasOwnText(el)) {
      const text = visibleText(el);
      if (text) blocks.push({ text, control: isControl(el, root), el });
      continue;
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return blocks;
}
