import type { ToneHint } from '../../lib/tone/types';

/** The draft as text with each hint's range marked, so the user sees exactly what a hint is about. */
export function HighlightedDraft({ text, hints }: { text: string; hints: readonly ToneHint[] }) {
  const pieces: { text: string; hint?: ToneHint; at: number }[] = [];
  let cursor = 0;
  // Every mark of every hint (four hedges, four marks), in order; overlapping marks are shown by the first one
  // that starts, and the list below still names every hint.
  const marks = hints
    .flatMap((hint) => (hint.marks ?? [hint]).map((mark) => ({ ...mark, hint })))
    .sort((a, b) => a.start - b.start);
  for (const { start, end, hint } of marks) {
    if (start < cursor || end <= start) continue;
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), at: cursor });
    pieces.push({ text: text.slice(start, end), hint, at: start });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), at: cursor });
  return (
    <div className="highlighted-draft" role="note" aria-label="Draft with hints marked">
      {pieces.map((piece) =>
        piece.hint ? (
          <mark key={piece.at} title={piece.hint.message} className={`hint-${piece.hint.severity}`}>
            {piece.text}
          </mark>
        ) : (
          <span key={piece.at}>{piece.text}</span>
        ),
      )}
    </div>
  );
}
