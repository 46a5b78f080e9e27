import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOtherCommunity } from '../../../scripts/tone/datasets';

function csvFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rapport-other-')), 'requests.csv');
  writeFileSync(path, text);
  return path;
}

describe('loadOtherCommunity (another community for the politeness transfer)', () => {
  it('splits an annotated release into quartiles of its normalised score, as Wikipedia is', () => {
    const rows = [-2, -1, -0.5, 0, 0.1, 0.2, 0.5, 1, 2].map((score, i) => `"Request ${i}?",${score}`);
    const path = csvFile(['Request,Normalized Score', ...rows, '"no score?",'].join('\n'));
    expect(loadOtherCommunity(path)).toEqual([
      { text: 'Request 0?', label: 0 },
      { text: 'Request 1?', label: 0 },
      { text: 'Request 2?', label: 0 },
      { text: 'Request 6?', label: 1 },
      { text: 'Request 7?', label: 1 },
      { text: 'Request 8?', label: 1 },
    ]);
  });

  it('reads a binary release as labelled, skipping rows with any other label', () => {
    const path = csvFile('Class label,Request\npolite,"Could you, please?"\nimpolite,Why?\nneutral,Hm?\n');
    expect(loadOtherCommunity(path)).toEqual([
      { text: 'Could you, please?', label: 1 },
      { text: 'Why?', label: 0 },
    ]);
  });
});
