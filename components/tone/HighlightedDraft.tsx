import type { ToneHint } from '../../lib/tone/types';

/** The draft as text with each hint's range marked, so the user sees exactly what a hint is about. */
export function HighlightedDraft({ text, hints }: { text: string; hints: readonly ToneHint[] }) {
  const pieces: { text: string; hint?: ToneHint; at: number }[] = [];
  let cursor = 0;
  // Overlapping hints are shown by the first one that starts; the list below still names them all.
  for (const hint of hints) {
    if (hint.start < cursor || hint.end <= hint.start) continue;
    if (hint.start > cursor) pieces.push({ text: text.slice(cursor, hint.start), at: cursor });
    pieces.push({ text: text.slice(hint.start, hint.end), hint, at: hint.start });
    cursor = hint.end;
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
