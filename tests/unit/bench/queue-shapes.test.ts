import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { summariesIn } from '../../../lib/db/summary-store';
import { recentRows } from '../../../scripts/bench/queue-seed';
import { SHAPES, seedShape, shapeRow } from '../../../scripts/bench/queue-shapes';
import { queueRowsPart } from '../../support/queue-rows';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const opened: RapportDatabase[] = [];
const open = (name: string) => {
  const db = openDatabase(`${name}-${Math.random()}`);
  opened.push(db);
  return db;
};

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('the queue bench seed', () => {
  // Its history goes straight into IndexedDB, beside the summaries: they must be what the middleware keeps.
  it.each(SHAPES)(
    'writes the %s shape with the summaries and open follow-ups the middleware would keep, in two steps',
    async (shape) => {
      const fast = open('fast');
      await seedShape(fast, shape, 300, 0, 500, NOW);
      await seedShape(fast, shape, 300, 500, 1_500, NOW);
      const slow = open('slow');
      await seedShape(slow, shape, 300, 0, 0, NOW);
      await slow.interactions.clear();
      await slow.interactions.bulkPut([
        ...recentRows(NOW),
        ...Array.from({ length: 1_500 }, (_, n) => shapeRow(shape, n, 300, NOW)),
      ]);
      expect(await fast.interactions.count()).toBe(1_500 + recentRows(NOW).length);
      const expected = await slow.summaryBuckets.toArray();
      expect(summariesIn(expected).some((summary) => summary.openSince !== undefined)).toBe(true);
      expect(await fast.summaryBuckets.toArray()).toEqual(expected);
      const openRows = await queueRowsPart(slow, 'openWeeks').toArray();
      expect(openRows.length).toBeGreaterThan(0);
      expect(await queueRowsPart(fast, 'openWeeks').toArray()).toEqual(openRows);
      expect(await queueRowsPart(fast, 'queueCards').toArray()).toEqual(
        await queueRowsPart(slow, 'queueCards').toArray(),
      );
    },
  );
});
