import { DRAFT_READ_CHARS } from '../../schema/limits';
import { type EditorText, typeOverSelection } from './editor-text';
import { createTextareaMirror, type TextareaMirror } from './textarea-mirror';

/** A textarea box: text is its value; ranges are over the mirror (see textarea-mirror.ts). */
export function textareaText(textarea: HTMLTextAreaElement): EditorText & { mirror: TextareaMirror } {
  const mirror = createTextareaMirror(textarea);
  return {
    mirror,
    read: () => textarea.value.slice(0, DRAFT_READ_CHARS),
    cut: () => textarea.value.length > DRAFT_READ_CHARS,
    ranges(spans) {
      mirror.sync();
      const { textNode } = mirror;
      return spans.map(({ start, end }) => {
        if (end > textNode.length || start >= end) return null;
        const range = document.createRange();
        range.setStart(textNode, start);
        range.setEnd(textNode, end);
        return range;
      });
    },
    replace(start, end, text) {
      textarea.focus();
      textarea.setSelectionRange(start, end);
      if (typeOverSelection(text)) return;
      // Where the editing command is unavailable, the same edit by hand, announced the way typing would be.
      textarea.setRangeText(text, start, end, 'end');
      textarea.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }),
      );
    },
    dispose() {
      mirror.element.remove();
    },
  };
}
