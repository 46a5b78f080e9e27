import { describe, expect, it, vi } from 'vitest';
import { InteractionCheck, type ReadBack } from '../../../lib/background/import-read-back';
import type { Interaction } from '../../../lib/schema/interaction';

const NOW = Date.UTC(2026, 2, 1);
const interaction = (id: string, excerpt = ''): Interaction => ({
  id,
  contactId: 'ada-lind',
  at: NOW,
  kind: 'message-received',
  actor: 'them',
  exchange: 'none',
  context: '',
  excerpt,
  source: 'import',
});
const chunk = (seq: number, interactions: unknown[]): ReadBack => ({
  seq,
  contacts: [],
  row: { importId: 'i', seq, contacts: [], interactions },
  interactions: interactions.length,
});

describe('the interactions read back, checked while the contacts are written', () => {
  it('checks a few chunks each time the commit waits, and the rest when all are asked for, in order', () => {
    vi.useFakeTimers();
    try {
      const read = [0, 1, 2, 3, 4].map((seq) => chunk(seq, [interaction(`m${seq}`, 'kept?')]));
      const check = new InteractionCheck(read, read.length, false);
      check.whileWaiting();
      vi.runAllTimers();
      // Two chunks checked in that wait, and let go.
      expect(read.map((c) => c.row === undefined)).toEqual([true, true, false, false, false]);
      const all = check.all();
      expect(all.map((row) => row.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
      // Excerpts are dropped unless the user keeps them.
      expect(all.every((row) => row.excerpt === '')).toBe(true);
      expect(read.every((c) => c.row === undefined)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a wrong interaction found while waiting fails the commit when all are asked for, naming its part', () => {
    vi.useFakeTimers();
    try {
      const read = [chunk(0, [interaction('ok')]), chunk(1, [{ ...interaction('bad'), at: 'soon' }])];
      const check = new InteractionCheck(read, 2, true);
      check.whileWaiting();
      vi.runAllTimers();
      expect(() => check.all()).toThrow(/^Part 2 of 2 is not valid \(interactions\.0\.at: /);
    } finally {
      vi.useRealTimers();
    }
  });
});
