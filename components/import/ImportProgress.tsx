import { importProgressView } from '../../lib/import/progress-view';
import type { StagedProgress } from '../../lib/import/send-import';

/** How far the import is over both its steps, a time-left estimate from the pace so far, and the way out. */
export function ImportProgress({
  progress,
  records,
  startedAt,
  onCancel,
}: {
  progress: StagedProgress;
  records: number;
  startedAt: number;
  onCancel: () => void;
}) {
  const { label, fraction, secondsLeft } = importProgressView(progress, records, Date.now() - startedAt);
  const percent = Math.round(100 * fraction);
  const left = secondsLeft === null ? 'estimating time left' : `about ${secondsLeft} s left`;
  return (
    <div className="row">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${label}, ${left}`}
        className="progress"
      >
        <div style={{ width: `${percent}%` }} />
      </div>
      <span>
        {label} · {left}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
