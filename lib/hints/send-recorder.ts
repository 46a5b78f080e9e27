import type { BoxKind } from './box-kinds/types';
import type { SessionEnvironment } from './box-session';
import { watchSends } from './send-watch';
import type { EditorText } from './text/editor-text';

/**
 * Tells the background each message the user sends from `box` (a connection note, an InMail or a message; a
 * comment is not a message to a person and is not recorded). `onSent` runs after each send.
 */
export function recordSends(
  box: HTMLElement,
  kind: BoxKind,
  editor: EditorText,
  env: SessionEnvironment,
  onSent: () => void,
  signal: AbortSignal,
): void {
  watchSends(
    box,
    kind,
    editor,
    ({ text, recipient, at }) => {
      onSent();
      if (!kind.messageKind) return;
      void env.send('message/sent', { recipient, text, kind: kind.messageKind, at });
    },
    signal,
  );
}
