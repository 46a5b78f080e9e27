import type { ToneHint } from '../tone/types';
import { analyseDraft, type DraftAnalysis, hintKey } from './analyse-draft';
import type { BadgeHost } from './badge/badge-host';
import type { BoxKind } from './box-kinds/types';
import type { SessionEnvironment } from './box-session';
import { createHighlightLayer } from './highlights';
import { reciprocityLine } from './reciprocity-line';
import { replyCoaching } from './reply-coaching';
import { afterPause } from './schedule';
import type { EditorText } from './text/editor-text';

interface LoopParts {
  box: HTMLElement;
  kind: BoxKind;
  editor: EditorText;
  env: SessionEnvironment;
  badge: BadgeHost;
  /** The box as the user's "not here" list names it (kind and person). */
  boxKey(): string;
}

/**
 * One box's analysis: after each pause in typing, the tone report of what the box shows, its hints underlined and
 * in the badge, with the give/ask balance when the draft asks. A report of text the user has typed on from is
 * dropped (the next pause brings a fresh one), and so is every report once `signal` aborts.
 */
export function startAnalysisLoop({ box, kind, editor, env, badge, boxKey }: LoopParts, signal: AbortSignal) {
  const layer = createHighlightLayer();
  let analysed = '';
  let reciprocity: Promise<string | null> | null = null;

  const balanceLine = (analysis: DraftAnalysis) => {
    const recipient = kind.recipient(box);
    if (analysis.report.intent.label !== 'ask' || !recipient) return Promise.resolve(null);
    reciprocity ??= env
      .send('reciprocity/get', recipient)
      .then((reply) => (reply.ok ? reciprocityLine(reply.value) : null));
    return reciprocity;
  };
  const isStale = (text: string) => signal.aborted || editor.read() !== text;

  const analyse = async () => {
    const settings = env.settings();
    const text = editor.read();
    if (settings.dismissedBoxes.includes(boxKey())) {
      layer.clear();
      return badge.quiet();
    }
    const recipient = kind.recipient(box) ?? undefined;
    const recipientName = recipient?.name || null;
    // Only a message box sits in a conversation; notes, InMail and comments are judged as first words.
    const { theirs, position, previous } = (kind.messageKind === 'message' &&
      (await env.conversation?.(box))) || {
      theirs: [],
    };
    const [analysis, coaching] = await Promise.all([
      analyseDraft(
        text,
        { ...settings, kind: kind.messageKind, recipient, position, previous },
        env.send,
        editor.cut(),
      ),
      replyCoaching(text, theirs, env.send),
    ]);
    if (!analysis || isStale(text)) return;
    analysed = text;
    // A grouped hint underlines every one of its marks (four hedges, four underlines).
    const marks = analysis.hints.flatMap((hint) =>
      (hint.marks ?? [hint]).map((mark) => ({ ...mark, severity: hint.severity })),
    );
    // Chromium repaints the whole page for any change to a custom highlight (405 ms for a 50,000-paragraph box):
    // a box holding more than a message can is a paste to be trimmed, and its hints show in the badge only.
    const ranges = editor.cut() ? [] : editor.ranges(marks);
    layer.show(
      marks.flatMap((mark, i) => {
        const range = ranges[i];
        return range ? [{ range, severity: mark.severity }] : [];
      }),
    );
    badge.place(box.getBoundingClientRect());
    const state = { analysis, coaching, recipientName };
    badge.show({ ...state, reciprocity: null }, settings.hideBadge);
    const line = await balanceLine(analysis);
    if (line && analysed === text && !signal.aborted)
      badge.show({ ...state, reciprocity: line }, settings.hideBadge);
  };
  const schedule = afterPause(() => void analyse());
  signal.addEventListener('abort', () => {
    schedule.cancel();
    layer.clear();
  });

  return {
    /** The box changed (or the settings did): analyse after the next pause. */
    poke: () => schedule.poke(),
    /** A clicked suggestion, typed through the editor, only if the flagged words are still where they were. */
    apply(hint: ToneHint) {
      if (hint.suggestion === undefined) return;
      if (editor.read().slice(hint.start, hint.end) !== analysed.slice(hint.start, hint.end))
        return schedule.poke();
      editor.replace(hint.start, hint.end, hint.suggestion);
    },
    /** Never show this hint on these words again. */
    ignore(hint: ToneHint) {
      void env.remember('ignoredHints', hintKey(hint, analysed));
    },
    /** A message went out: the balance is asked again for the next draft. */
    forgetBalance() {
      reciprocity = null;
    },
  };
}
