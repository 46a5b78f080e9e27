import { describe, expect, it } from 'vitest';
import { splitEventBatches } from '../../../lib/engine/event-batches';
import type { FollowUpItem } from '../../../lib/engine/types';
import { DAY } from './factories';

const NOW = Date.parse('2026-03-18T09:00:00Z');
const DEVFEST = { id: 'e1', name: 'Lagos DevFest' };
const MEETUP = { id: 'e2', name: 'Kraków JS meetup' };

/** A queue item of an invented person; `batch` puts it in an event's batch at that place. */
function item(
  contactId: string,
  key: string,
  dueAt: number,
  batch?: { event: { id: string; name: string }; order: number },
): FollowUpItem {
  return {
    key,
    ruleId: batch ? 'event-follow-up' : 'thanks-owed',
    contactId,
    contactName: contactId,
    profileUrl: `https://www.linkedin.com/in/${contactId}/`,
    reason: key,
    action: key,
    principle: { section: 'Follow Up Thoughtfully', why: '' },
    specifics: [],
    dueAt,
    hard: true,
    priority: 2,
    logAs: { kind: 'message-sent' },
    ...(batch ? { batch: { ...batch.event, order: batch.order } } : {}),
  } as FollowUpItem;
}

const names = (rows: { contactId: string }[]) => rows.map((row) => row.contactId);

describe('the side panel shows a person once, even when they are in an event batch and due for something else', () => {
  it('puts an event person’s other reasons in their batch row, most pressing first, and out of the groups', () => {
    const queue = [
      item('ines', 'thank:ines', NOW - 18 * DAY),
      item('farah', 'met:farah', NOW + 2 * DAY, { event: DEVFEST, order: 0 }),
      item('ines', 'met:ines', NOW + 2 * DAY, { event: DEVFEST, order: 2 }),
      item('kenji', 'met:kenji', NOW + 2 * DAY, { event: DEVFEST, order: 1 }),
      item('oskar', 'promise:oskar', NOW - DAY),
    ];
    const { batches, rest } = splitEventBatches(queue);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ id: 'e1', name: 'Lagos DevFest', dueAt: NOW + 2 * DAY });
    expect(names(batches[0]!.rows)).toEqual(['farah', 'kenji', 'ines']);
    const ines = batches[0]!.rows[2]!;
    expect(ines.items.map((i) => i.key)).toEqual(['thank:ines', 'met:ines']);
    expect(rest.map((i) => i.key)).toEqual(['promise:oskar']);
    // Every item is shown exactly once.
    const shown = [...batches.flatMap((b) => b.rows.flatMap((r) => r.items)), ...rest].map((i) => i.key);
    expect(shown.sort()).toEqual(queue.map((i) => i.key).sort());
  });

  it('keeps someone met at two events in the first one’s batch, with both reasons', () => {
    const { batches, rest } = splitEventBatches([
      item('lena', 'met:lena:e1', NOW, { event: DEVFEST, order: 0 }),
      item('lena', 'met:lena:e2', NOW + DAY, { event: MEETUP, order: 0 }),
      item('tomas', 'met:tomas:e2', NOW + DAY, { event: MEETUP, order: 1 }),
    ]);
    expect(batches.map((b) => [b.name, names(b.rows)])).toEqual([
      ['Lagos DevFest', ['lena']],
      ['Kraków JS meetup', ['tomas']],
    ]);
    expect(batches[0]!.rows[0]!.items).toHaveLength(2);
    expect(rest).toEqual([]);
  });

  it('drops a batch whose only person sits in an earlier one', () => {
    const { batches } = splitEventBatches([
      item('lena', 'met:lena:e1', NOW, { event: DEVFEST, order: 0 }),
      item('lena', 'met:lena:e2', NOW, { event: MEETUP, order: 0 }),
    ]);
    expect(batches.map((b) => b.name)).toEqual(['Lagos DevFest']);
  });

  it('leaves a queue without events alone', () => {
    const queue = [item('ada', 'a', NOW), item('ben', 'b', NOW + DAY)];
    expect(splitEventBatches(queue)).toEqual({ batches: [], rest: queue });
  });
});
