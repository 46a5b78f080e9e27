import type { ToneReport } from '../../lib/tone';

const bar = (score: number) => `${'█'.repeat(Math.round(score / 10)).padEnd(10, '·')} ${score}`;

/** The report of one draft as a person reads it in a terminal. */
export function printReport(text: string, report: ToneReport): string {
  const lines = [
    `Verdict: ${report.verdict.label} — ${report.verdict.summary}`,
    '',
    `  warmth           ${bar(report.scores.warmth)}`,
    `  clarity          ${bar(report.scores.clarity)}`,
    `  professionalism  ${bar(report.scores.professionalism)}`,
    `  politeness       ${report.politeness.toFixed(2)} (−1 … 1)` +
      (report.politenessCues?.length
        ? `  cues: ${report.politenessCues.map((c) => `${c.cue} ${c.weight > 0 ? '+' : '−'}`).join(', ')}`
        : ''),
    `  intent           ${report.intent.label} (${Math.round(report.intent.confidence * 100)} %)`,
  ];
  for (const commitment of report.commitments) {
    const due = commitment.dueAt === null ? 'no date' : `due ${new Date(commitment.dueAt).toISOString()}`;
    lines.push(`  promise          "${commitment.text}" (${due})`);
  }
  if (report.hints.length) lines.push('', 'Hints:');
  for (const hint of report.hints) {
    const excerpt = text.slice(hint.start, hint.end).replace(/\s+/g, ' ');
    const shown = excerpt.length > 60 ? `${excerpt.slice(0, 57)}…` : excerpt;
    lines.push(`  [${hint.severity}] ${hint.ruleId} @${hint.start}-${hint.end} "${shown}"`);
    lines.push(`      ${hint.message}${hint.suggestion === undefined ? '' : ` → "${hint.suggestion}"`}`);
    lines.push(`      why (${hint.section}): ${hint.why}`);
  }
  return lines.join('\n');
}
