/** The text of one box, read and (only on the user's click) edited through the editor's own input path. */
export interface EditorText {
  /**
   * The text as the user typed it, at most DRAFT_READ_CHARS of it; also what analysis offsets refer to until the
   * next read.
   */
  read(): string;
  /** Whether the box held more than the last read returned. */
  cut(): boolean;
  /** Live ranges for [start, end) spans of the last read, for the Highlight API; null where a span no longer maps. */
  ranges(spans: readonly { start: number; end: number }[]): (Range | null)[];
  /** Replaces [start, end) with `text` as if the user had typed it, so the page's editor state stays consistent. */
  replace(start: number, end: number, text: string): void;
  dispose(): void;
}

/**
 * Types `text` over the current selection with the browser's own editing command: it fires beforeinput/input like
 * typing does, so LinkedIn's editors (and their undo stacks) see an ordinary edit.
 */
export function typeOverSelection(text: string): boolean {
  return document.execCommand('insertText', false, text);
}
