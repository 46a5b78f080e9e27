// The human-labelled data the tone models learn from and are judged against. Both live in ../shared/data
// (see its README for sources and licences); nothing from them is copied into the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const SHARED_DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

export interface LabelledText {
  text: string;
  /** 1 = polite (top quartile) or ask; 0 = impolite (bottom quartile) or not an ask. */
  label: 0 | 1;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/**
 * Stanford Politeness Corpus, Wikipedia requests (Danescu-Niculescu-Mizil et al., ACL 2013): the paper's
 * binary task keeps the top quartile of the normalised score as polite and the bottom quartile as impolite.
 */
function politenessRows(): Record<string, string>[] {
  const csv = readFileSync(join(SHARED_DATA, 'politeness', 'wikipedia.annotated.csv'), 'utf8');
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}

/** Every Wikipedia request of the corpus, whatever its score: all of them ask something. */
export function loadAllWikipediaRequests(): string[] {
  return politenessRows().map((row) => row.Request ?? '');
}

/**
 * The paper's binary task on any scored rows: the top quartile of the score is polite (1), the bottom quartile
 * impolite (0), the middle half is left out. On a coarse scale ties at a cut-off all fall on its side.
 */
export function topAndBottomQuartiles<T>(
  rows: readonly T[],
  scoreOf: (row: T) => number,
): (T & LabelledText)[] {
  const sorted = rows.map(scoreOf).sort((a, b) => a - b);
  const [low, high] = [quantile(sorted, 0.25), quantile(sorted, 0.75)];
  return rows.flatMap((row) => {
    const score = scoreOf(row);
    if (score > low && score < high) return [];
    return [{ ...row, label: score >= high ? 1 : 0 } as T & LabelledText];
  });
}

export function loadPoliteness(): LabelledText[] {
  const scored = politenessRows().map((row) => ({
    text: row.Request ?? '',
    score: Number(row['Normalized Score']),
  }));
  return topAndBottomQuartiles(scored, (row) => row.score).map(({ text, label }) => ({ text, label }));
}

/**
 * Requests of another community in the paper's binary task, from wherever the user keeps them (never from the
 * project), so `eval:tone` can measure the shipped recipe across communities we do not store. Two shapes:
 * - the corpus's annotated release (`Request`, `Normalized Score`): split into quartiles exactly as Wikipedia is;
 * - a binary release already split (`Class label` of `polite`/`impolite`, `Request`).
 */
export function loadOtherCommunity(path: string): LabelledText[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  if (rows.some((row) => row['Normalized Score'] !== undefined)) {
    const scored = rows.flatMap((row) => {
      const score = Number(row['Normalized Score']);
      return row.Request && Number.isFinite(score) ? [{ text: row.Request, score }] : [];
    });
    return topAndBottomQuartiles(scored, (row) => row.score).map(({ text, label }) => ({ text, label }));
  }
  return rows.flatMap((row) => {
    const label = row['Class label']?.trim();
    if (label !== 'polite' && label !== 'impolite') return [];
    return [{ text: row.Request ?? '', label: label === 'polite' ? 1 : 0 }];
  });
}

/** Parakweet e-mail intent sentences: `Yes`/`No` TAB sentence, Yes = a request or proposal (our "ask"). */
export function loadAsks(): LabelledText[] {
  const lines = readFileSync(join(SHARED_DATA, 'intent', 'Ask0729-fixed.txt'), 'utf8').split('\n');
  return lines.flatMap((line) => {
    const tab = line.indexOf('\t');
    const answer = line.slice(0, tab).trim();
    if (tab < 0 || (answer !== 'Yes' && answer !== 'No')) return [];
    return [{ text: line.slice(tab + 1).trim(), label: answer === 'Yes' ? 1 : 0 }];
  });
}
