import type { ToneReport } from '../../lib/tone/types';

const DIMENSIONS = [
  ['warmth', 'Warm'],
  ['clarity', 'Clear'],
  ['professionalism', 'Professional'],
] as const;

const INTENT_PHRASE: Record<ToneReport['intent']['label'], string> = {
  ask: 'an ask',
  give: 'an offer of something',
  thanks: 'a thank-you',
  'follow-up': 'a follow-up',
  other: 'a general message',
};

/** The verdict in a sentence and the three scores the whitepaper asks for ("warm, clear, and professional"). */
export function ToneVerdict({ report }: { report: ToneReport }) {
  return (
    <div className="tone-scores">
      <p className={`verdict verdict-${report.verdict.label}`} role="status">
        {report.verdict.summary}
      </p>
      <div className="tone-line">
        {DIMENSIONS.map(([key, label]) => (
          <label key={key} className="score">
            <span>
              {label} {report.scores[key]}
            </span>
            <meter min={0} max={100} low={50} high={75} optimum={100} value={report.scores[key]} />
          </label>
        ))}
      </div>
      <p className="muted small">
        Reads as {INTENT_PHRASE[report.intent.label]}
        {report.commitments.length
          ? ` · you promise: ${report.commitments.map((c) => `“${c.text}”`).join(', ')}`
          : ''}
      </p>
    </div>
  );
}
