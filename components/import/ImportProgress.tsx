/** Rows staged so far and a time-left estimate from the pace so far, with the way out. */
export function ImportProgress({
  done,
  total,
  startedAt,
  onCancel,
}: {
  done: number;
  total: number;
  startedAt: number;
  onCancel: () => void;
}) {
  const elapsed = Date.now() - startedAt;
  const secondsLeft = done > 0 ? Math.ceil(((total - done) * elapsed) / done / 1000) : null;
  const left =
    done >= total ? 'saving…' : secondsLeft === null ? 'estimating time left' : `about ${secondsLeft} s left`;
  return (
    <div className="row">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="progress"
      >
        <div style={{ width: `${total ? (100 * done) / total : 0}%` }} />
      </div>
      <span>
        {done.toLocaleString('en')} of {total.toLocaleString('en')} rows · {left}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
