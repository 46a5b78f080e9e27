/**
 * A textarea's text cannot host Highlight ranges (its text lives in a closed user-agent shadow tree), so hints
 * are drawn on a mirror: an element in Rapport's own shadow root, laid over the textarea, with the same box
 * metrics and font, transparent text, and the same scroll position. Ranges over the mirror's single text node
 * underline the same characters the user sees in the textarea.
 */
import { DRAFT_READ_CHARS } from '../../schema/limits';

const COPIED = [
  'box-sizing',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-align',
  'direction',
  'tab-size',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
] as const;

export interface TextareaMirror {
  element: HTMLElement;
  textNode: Text;
  /** Brings the mirror's text, box and scroll in line with the textarea's. */
  sync(): void;
}

/** Patches the mirror's text in place (common prefix and suffix kept), so live ranges shift with the edit. */
function patchText(node: Text, next: string) {
  const previous = node.data;
  if (previous === next) return;
  let prefix = 0;
  const shorter = Math.min(previous.length, next.length);
  while (prefix < shorter && previous.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  )
    suffix++;
  node.replaceData(prefix, previous.length - prefix - suffix, next.slice(prefix, next.length - suffix));
}

export function createTextareaMirror(textarea: HTMLTextAreaElement): TextareaMirror {
  const element = document.createElement('div');
  element.className = 'mirror';
  const textNode = document.createTextNode('');
  element.append(textNode);
  return {
    element,
    textNode,
    sync() {
      const style = getComputedStyle(textarea);
      for (const property of COPIED) element.style.setProperty(property, style.getPropertyValue(property));
      // The textarea's own scrollbar narrows its text; the mirror has none, so it is narrowed by the same amount.
      const scrollbar = textarea.offsetWidth - textarea.clientWidth - textarea.clientLeft * 2;
      element.style.width = `${textarea.offsetWidth - Math.max(0, scrollbar)}px`;
      element.style.height = `${textarea.offsetHeight}px`;
      // Underlines fall within the text read (DRAFT_READ_CHARS): the mirror holds no more than that, and hides
      // when the textarea is scrolled past where its shorter text can follow.
      patchText(textNode, textarea.value.slice(0, DRAFT_READ_CHARS));
      element.scrollTop = textarea.scrollTop;
      element.scrollLeft = textarea.scrollLeft;
      element.hidden = Math.abs(element.scrollTop - textarea.scrollTop) > 1;
    },
  };
}
