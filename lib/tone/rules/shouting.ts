import type { Token } from '../text/tokenize';
import type { Finding, ToneRule } from './rule';

const CAPITALS = /^\p{Lu}{2,}$/u;
/** Up to this many letters, a capitalised word is taken for an acronym (CEO, SaaS aside) unless in a run. */
const ACRONYM_MAX = 4;
const RUN_MIN = 3;
/** More exclamation marks than this in one message reads as excitable, even one at a time. */
const MAX_EXCLAMATIONS = 3;

function capitalRuns(words: readonly Token[]): Finding[] {
  const findings: Finding[] = [];
  let runStart = -1;
  const flush = (end: number) => {
    const run = words.slice(runStart, end);
    if (run.length >= RUN_MIN || run.some((word) => word.text.length > ACRONYM_MAX)) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      findings.push({
        start: first.start,
        end: last.end,
        message: 'Capitals read as shouting.',
        severity: 'warning',
        ...(run.length === 1 ? { suggestion: first.text.toLowerCase() } : {}),
      });
    }
    runStart = -1;
  };
  words.forEach((word, i) => {
    if (CAPITALS.test(word.text)) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) flush(i);
  });
  if (runStart >= 0) flush(words.length);
  return findings;
}

function exclamations(tokens: readonly Token[]): Finding[] {
  const findings: Finding[] = [];
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '!' && !(tokens[i]!.text === '?' && tokens[i + 1]?.text === '!')) continue;
    let j = i;
    while (tokens[j + 1] && /^[!?]$/.test(tokens[j + 1]!.text) && tokens[j + 1]!.start === tokens[j]!.end)
      j++;
    seen++;
    if (j > i) {
      findings.push({
        start: tokens[i]!.start,
        end: tokens[j]!.end,
        message: 'Repeated exclamation marks read as shouting.',
        severity: 'warning',
        suggestion: '!',
      });
    } else if (seen === MAX_EXCLAMATIONS + 1) {
      findings.push({
        start: tokens[i]!.start,
        end: tokens[i]!.end,
        message: `More than ${MAX_EXCLAMATIONS} exclamation marks; keep one for what matters.`,
        severity: 'info',
        suggestion: '.',
      });
    }
    i = j;
  }
  return findings;
}

export const shouting = {
  id: 'shouting',
  title: 'Shouting',
  section: 'Be Aware of Tone',
  why: 'Capitals and strings of "!!!" carry volume in text, and without a smile to soften them they read as pressure or anger.',
  dimension: 'professionalism',
  check: ({ draft }) => [...capitalRuns(draft.words), ...exclamations(draft.tokens)],
} as const satisfies ToneRule;
