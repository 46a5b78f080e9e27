import type { sendToBackground } from '../browser/messaging';
import type { Settings } from '../schema/settings';
import type { Conversation } from '../thread/thread-watch';
import { startAnalysisLoop } from './analysis-loop';
import { createBadgeHost } from './badge/badge-host';
import type { BoxKind } from './box-kinds/types';
import { followBox } from './position-follower';
import { recordSends } from './send-recorder';
import { contentEditableText } from './text/contenteditable-text';
import type { EditorText } from './text/editor-text';
import { textareaText } from './text/textarea-text';

/** What a box session needs from the extension: settings, the background, and a way to remember a choice. */
export interface SessionEnvironment {
  settings(): Settings;
  /** Adds an ignored hint or a box hidden from hints to the settings (the background saves it). */
  remember(list: 'ignoredHints' | 'dismissedBoxes', key: string): Promise<void>;
  send: typeof sendToBackground;
  /** The box's conversation: their unanswered messages and the draft's place in it (nothing when reading is off). */
  conversation?(box: HTMLElement): Promise<Conversation>;
}

function editorFor(box: HTMLElement): EditorText & { mirror?: { element: HTMLElement; sync(): void } } {
  return box instanceof HTMLTextAreaElement ? textareaText(box) : contentEditableText(box);
}

/**
 * Everything Rapport does for one box until `signal` aborts: the analysis loop (./analysis-loop.ts), the badge
 * following the box (./position-follower.ts) and the send recorder (./send-recorder.ts). It reads the box and
 * never writes to it, except a suggestion the user clicked, typed through the editor's own input path.
 */
export function startBoxSession(
  box: HTMLElement,
  kind: BoxKind,
  env: SessionEnvironment,
  signal: AbortSignal,
) {
  const editor = editorFor(box);
  const boxKey = () => {
    const recipient = kind.recipient(box);
    return `${kind.id}:${recipient?.profileId ?? recipient?.name ?? location.pathname}`;
  };
  const dismissBox = () => void env.remember('dismissedBoxes', boxKey());
  const badge = createBadgeHost(
    kind.id,
    {
      apply: (hint) => analysis.apply(hint),
      ignore: (hint) => analysis.ignore(hint),
      dismissBox,
      why: (section) => void env.send('why/open', { section }),
    },
    box,
    signal,
  );
  if (editor.mirror) badge.mirrorLayer.append(editor.mirror.element);

  const analysis = startAnalysisLoop({ box, kind, editor, env, badge, boxKey }, signal);
  const follow = followBox(
    box,
    () => {
      editor.mirror?.sync();
      badge.place(box.getBoundingClientRect());
    },
    signal,
  );
  box.addEventListener(
    'input',
    () => {
      follow();
      analysis.poke();
    },
    { signal },
  );
  recordSends(box, kind, editor, env, analysis.forgetBalance, signal);
  // Last: the send recorder reads the editor once more as the session ends.
  signal.addEventListener('abort', () => {
    editor.dispose();
    badge.dispose();
  });
  analysis.poke();

  return {
    box,
    /** Settings changed: analyse again with them. */
    refresh: analysis.poke,
  };
}
export type BoxSession = ReturnType<typeof startBoxSession>;
