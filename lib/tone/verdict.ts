import type { ToneHint, ToneReport, ToneScores } from './types';

const GREAT = 80;
const GOOD = 60;

/** The label and one line a person takes in at a glance: how it reads, and the first thing to fix. */
export function verdictOf(scores: ToneScores, hints: readonly ToneHint[]): ToneReport['verdict'] {
  const [weakest, lowest] = Object.entries(scores).reduce((a, b) => (b[1] < a[1] ? b : a));
  const warning = hints.find((hint) => hint.severity === 'warning');
  const first = warning ?? hints[0];
  if (lowest >= GREAT && !warning) {
    return {
      label: 'great',
      summary: first ? `Warm, clear and professional. ${first.message}` : 'Warm, clear and professional.',
    };
  }
  const fix = first ? ` ${first.message}` : '';
  if (lowest >= GOOD) return { label: 'good', summary: `Good; ${weakest} could be better.${fix}` };
  return { label: 'needs-work', summary: `${capitalise(weakest)} needs work.${fix}` };
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
