import type { sendToBackground } from '../browser/messaging';
import type { Settings } from '../schema/settings';
import type { ToneHint } from '../tone/types';
import { analyseDraft, type DraftAnalysis, hintKey } from './analyse-draft';
import { createBadgeHost } from './badge/badge-host';
import type { BoxKind } from './box-kinds/types';
import { createHighlightLayer } from './highlights';
import { reciprocityLine } from './reciprocity-line';
import { replyCoaching } from './reply-coaching';
import { afterPause } from './schedule';
import { type CapturedSend, watchSends } from './send-watch';
import { remember } from './settings-lists';
import { contentEditableText } from './text/contenteditable-text';
import type { EditorText } from './text/editor-text';
import { textareaText } from './text/textarea-text';

/** What a box session needs from the extension: settings, a way to save them, and the background. */
export interface SessionEnvironment {
  settings(): Settings;
  saveSettings(change: Partial<Settings>): Promise<void>;
  send: typeof sendToBackground;
  /** Their messages the user has not answered yet in the box's conversation (none when reading is off). */
  theirMessages?(box: HTMLElement): string[];
}

function editorFor(box: HTMLElement): EditorText & { mirror?: { element: HTMLElement; sync(): void } } {
  return box instanceof HTMLTextAreaElement ? textareaText(box) : contentEditableText(box);
}

/**
 * Everything Rapport does for one box while it exists: analyse after each pause, underline hints, keep the badge
 * on the box, and record what the user sends. It reads the box and never writes to it, except a suggestion the
 * user clicked, typed through the editor's own input path.
 */
export function createBoxSession(box: HTMLElement, kind: BoxKind, env: SessionEnvironment) {
  const editor = editorFor(box);
  const layer = createHighlightLayer();
  let analysed = '';
  let reciprocity: Promise<string | null> | null = null;
  const boxKey = () => {
    const recipient = kind.recipient(box);
    return `${kind.id}:${recipient?.profileId ?? recipient?.name ?? location.pathname}`;
  };

  const apply = (hint: ToneHint) => {
    if (hint.suggestion === undefined) return;
    // Only if the flagged words are still where they were; otherwise the next analysis will place the hint again.
    if (editor.read().slice(hint.start, hint.end) !== analysed.slice(hint.start, hint.end))
      return schedule.poke();
    editor.replace(hint.start, hint.end, hint.suggestion);
  };
  const ignore = (hint: ToneHint) =>
    void env.saveSettings({ ignoredHints: remember(env.settings().ignoredHints, hintKey(hint, analysed)) });
  const dismissBox = () =>
    void env.saveSettings({ dismissedBoxes: remember(env.settings().dismissedBoxes, boxKey()) });
  const badge = createBadgeHost(kind.id, { apply, ignore, dismissBox }, box);
  if (editor.mirror) badge.mirrorLayer.append(editor.mirror.element);

  const balanceLine = (analysis: DraftAnalysis) => {
    const recipient = kind.recipient(box);
    if (analysis.report.intent.label !== 'ask' || !recipient) return Promise.resolve(null);
    reciprocity ??= env
      .send('reciprocity/get', recipient)
      .then((reply) => (reply.ok ? reciprocityLine(reply.value) : null));
    return reciprocity;
  };

  const analyse = async () => {
    const settings = env.settings();
    const text = editor.read();
    if (settings.dismissedBoxes.includes(boxKey())) {
      layer.clear();
      return badge.quiet();
    }
    const recipient = kind.recipient(box) ?? undefined;
    const recipientName = recipient?.name || undefined;
    const theirs = kind.messageKind === 'message' ? (env.theirMessages?.(box) ?? []) : [];
    const [analysis, coaching] = await Promise.all([
      analyseDraft(text, { ...settings, kind: kind.messageKind, recipient }, env.send),
      replyCoaching(text, theirs, env.send),
    ]);
    // The user may have typed on while the worker answered: the next pause brings a fresh report.
    if (!analysis || editor.read() !== text) return;
    analysed = text;
    // A grouped hint underlines every one of its marks (four hedges, four underlines).
    const marks = analysis.hints.flatMap((hint) =>
      (hint.marks ?? [hint]).map((mark) => ({ ...mark, severity: hint.severity })),
    );
    const ranges = editor.ranges(marks);
    layer.show(
      marks.flatMap((mark, i) => {
        const range = ranges[i];
        return range ? [{ range, severity: mark.severity }] : [];
      }),
    );
    badge.place(box.getBoundingClientRect());
    const state = { analysis, coaching, recipientName: recipientName ?? null };
    badge.show({ ...state, reciprocity: null }, settings.hideBadge);
    const line = await balanceLine(analysis);
    if (line && analysed === text) badge.show({ ...state, reciprocity: line }, settings.hideBadge);
  };
  const schedule = afterPause(() => void analyse());

  let frame = 0;
  const follow = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      editor.mirror?.sync();
      badge.place(box.getBoundingClientRect());
    });
  };
  const onInput = () => {
    follow();
    schedule.poke();
  };
  const recordSend = ({ text, recipient, at }: CapturedSend) => {
    reciprocity = null;
    if (!kind.messageKind) return;
    void env.send('message/sent', {
      recipient,
      text,
      kind: kind.messageKind,
      at,
      utcOffsetMinutes: -new Date(at).getTimezoneOffset(),
    });
  };

  const stopSends = watchSends(box, kind, editor, recordSend);
  const resizes = new ResizeObserver(follow);
  resizes.observe(box);
  box.addEventListener('input', onInput);
  box.addEventListener('scroll', follow, { passive: true });
  window.addEventListener('scroll', follow, { capture: true, passive: true });
  window.addEventListener('resize', follow, { passive: true });
  schedule.poke();

  return {
    box,
    /** Settings changed: analyse again with them. */
    refresh: () => schedule.poke(),
    dispose() {
      schedule.cancel();
      cancelAnimationFrame(frame);
      stopSends();
      resizes.disconnect();
      box.removeEventListener('input', onInput);
      box.removeEventListener('scroll', follow);
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
      layer.clear();
      editor.dispose();
      badge.dispose();
    },
  };
}
export type BoxSession = ReturnType<typeof createBoxSession>;
