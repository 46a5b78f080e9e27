import type { ToneHint } from '../../lib/tone/types';

/** Each hint with its reason and the whitepaper section behind it; a suggestion is one click away. */
export function HintList({
  text,
  hints,
  onApply,
}: {
  text: string;
  hints: readonly ToneHint[];
  onApply: (hint: ToneHint) => void;
}) {
  if (!hints.length) return null;
  return (
    <ul className="plain hint-list" aria-label="Tone hints">
      {hints.map((hint) => (
        <li key={`${hint.ruleId}:${hint.start}:${hint.end}`}>
          <strong>{hint.message}</strong>
          {hint.end > hint.start ? <q className="muted"> {text.slice(hint.start, hint.end)}</q> : null}
          <p className="muted">
            {hint.why} <em>({hint.section})</em>
          </p>
          {hint.suggestion !== undefined ? (
            <button type="button" onClick={() => onApply(hint)}>
              {hint.suggestion ? `Use “${hint.suggestion}”` : 'Remove it'}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
