import { describe, expect, it } from 'vitest';
import { buildImport } from '../../../lib/import/build-import';
import { chunkCount, chunkOf } from '../../../lib/import/plan-chunks';
import { readExport } from '../../../lib/import/read-export';
import { fixtureFiles } from './fixture-export';

const options = { now: Date.UTC(2026, 2, 1), storeExcerpts: false, known: [] };

function chunksOf(intentsWhenChunked: boolean, size: number) {
  const { parsed, owners } = readExport(fixtureFiles('2024-12'));
  const plan = buildImport(parsed, owners[0] ?? null, { ...options, intentsWhenChunked });
  return {
    plan,
    chunks: Array.from({ length: chunkCount(plan, size) }, (_, seq) => chunkOf(plan, seq, size)),
  };
}

describe('intents read when the chunks are made (the import worker)', () => {
  it('are not read while building, and each chunk carries the same intents as a plan built with them', () => {
    const later = chunksOf(true, 2);
    expect(later.plan.interactions.every((row) => row.intent === undefined)).toBe(true);
    const read = chunksOf(false, 2);
    expect(read.chunks.flatMap((chunk) => chunk.interactions).some((row) => row.intent)).toBe(true);
    expect(later.chunks).toEqual(read.chunks);
  });
});
