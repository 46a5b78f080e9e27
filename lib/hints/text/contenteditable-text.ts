import { DRAFT_READ_CHARS } from '../../schema/limits';
import { type EditorText, typeOverSelection } from './editor-text';
import { mapEditableText, rangeOf, type TextMap } from './text-map';

/** A contenteditable box: ranges are built over its own text nodes, which the Highlight API paints without edits. */
export function contentEditableText(box: HTMLElement): EditorText {
  let map: TextMap = { text: '', segments: [] };
  return {
    read() {
      map = mapEditableText(box, DRAFT_READ_CHARS);
      return map.text;
    },
    cut: () => Boolean(map.cut),
    ranges: (spans) => spans.map(({ start, end }) => rangeOf(map, start, end)),
    replace(start, end, text) {
      const range = rangeOf(mapEditableText(box, DRAFT_READ_CHARS), start, end);
      if (!range) return;
      box.focus();
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      typeOverSelection(text);
    },
    dispose() {
      map = { text: '', segments: [] };
    },
  };
}
