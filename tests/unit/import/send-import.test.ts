import { describe, expect, it } from 'vitest';
import type { ChunkRecords } from '../../../lib/import/plan-chunks';
import { sendImport } from '../../../lib/import/send-import';

const EMPTY: ChunkRecords = { contacts: [], interactions: [] };

/** A background that answers every message at once but holds each chunk until the test lets it go. */
function heldBackground(log: string[]) {
  const held: (() => void)[] = [];
  const transport = async (message: { type: string; payload: unknown }) => {
    const { seq } = message.payload as { seq?: number };
    if (message.type === 'import/chunk') {
      log.push(`stage ${seq} starts`);
      await new Promise<void>((release) => held.push(release));
      log.push(`stage ${seq} done`);
      return { ok: true, value: { staged: 1 } };
    }
    if (message.type === 'import/commit')
      return { ok: true, value: { contactsAdded: 0, contactsUpdated: 0, interactionsAdded: 0 } };
    if (message.type === 'import/progress') return { ok: true, value: { written: 0, total: 0 } };
    return { ok: true, value: { importId: 'i', discarded: 0 } };
  };
  return { transport, releaseNext: () => held.shift()?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sending an import', () => {
  it('reads the next chunk while the background stages the one before', async () => {
    const log: string[] = [];
    const { transport, releaseNext } = heldBackground(log);
    const source = {
      chunks: 3,
      chunk: async (seq: number) => {
        log.push(`read ${seq}`);
        return EMPTY;
      },
    };
    const sent = sendImport(transport, source, { importId: 'i' });
    for (let i = 0; i < 3; i++) {
      await settle();
      releaseNext();
    }
    expect(await sent).toMatchObject({ status: 'done' });
    const at = (entry: string) => log.indexOf(entry);
    // Each chunk is read before the one before it is staged, and each is staged in order, once.
    expect(at('read 1')).toBeLessThan(at('stage 0 done'));
    expect(at('read 2')).toBeLessThan(at('stage 1 done'));
    expect(log.filter((entry) => entry.startsWith('stage'))).toEqual([
      'stage 0 starts',
      'stage 0 done',
      'stage 1 starts',
      'stage 1 done',
      'stage 2 starts',
      'stage 2 done',
    ]);
    expect(log.filter((entry) => entry.startsWith('read'))).toEqual(['read 0', 'read 1', 'read 2']);
  });

  it('a cancel while the next chunk is being read leaves no failure unheard', async () => {
    const log: string[] = [];
    const { transport, releaseNext } = heldBackground(log);
    const controller = new AbortController();
    const source = {
      chunks: 3,
      chunk: async (seq: number) => {
        if (seq === 1) throw new Error('worker terminated');
        return EMPTY;
      },
    };
    const sent = sendImport(transport, source, { importId: 'i', signal: controller.signal });
    await settle();
    controller.abort();
    releaseNext();
    expect(await sent).toEqual({ status: 'cancelled' });
  });
});
