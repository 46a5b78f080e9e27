import { describe, expect, it } from 'vitest';
import {
  KEPT_VIEW_MAX_AGE_MS,
  KEPT_VIEW_VERSION,
  type KeptFirstView,
  sameFirstView,
  settingsKey,
  usableKeptView,
} from '../../../lib/browser/kept-first-view';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';

const TIME_ZONE = 'Europe/Stockholm';
// 09:00 in Stockholm: a view kept at 08:50 is today's, one kept before midnight is yesterday's.
const NOW = Date.parse('2026-06-10T07:00:00Z');
const MINUTE = 60_000;

const view = {
  batches: [],
  groups: [
    {
      id: 'today' as const,
      title: 'Today',
      count: 1,
      rows: [
        {
          contactId: 'ada',
          contactName: 'Ada Moss',
          action: 'Follow up',
          reason: 'You met',
          dueAt: NOW,
          hard: false,
          more: 0,
        },
      ],
    },
  ],
};

const kept = (change: Partial<KeptFirstView> = {}): KeptFirstView => ({
  version: KEPT_VIEW_VERSION,
  madeAt: NOW - 10 * MINUTE,
  timeZone: TIME_ZONE,
  settings: settingsKey(DEFAULT_SETTINGS),
  view,
  ...change,
});

const now = { settings: DEFAULT_SETTINGS, timeZone: TIME_ZONE, now: NOW };

describe('the first view the background kept, as the side panel decides whether to draw it', () => {
  it('is drawn when it was made today, lately, for the same settings and time zone', () => {
    expect(usableKeptView(kept(), now)).toEqual(view);
    // Read back from storage, it is JSON.
    expect(usableKeptView(JSON.parse(JSON.stringify(kept())), now)).toEqual(view);
  });

  it.each([
    ['made for other settings', kept({ settings: settingsKey({ ...DEFAULT_SETTINGS, weakTieDays: 91 }) })],
    ['made in another time zone', kept({ timeZone: 'America/New_York' })],
    ['made longer ago than the background computes it again', kept({ madeAt: NOW - KEPT_VIEW_MAX_AGE_MS })],
    ['dated after now (a clock set back)', kept({ madeAt: NOW + MINUTE })],
    ['of another shape', kept({ version: KEPT_VIEW_VERSION + 1 })],
    ['without groups', { ...kept(), view: { batches: [] } }],
    ['not an object', 'firstView'],
    ['missing', undefined],
  ])('is not drawn when %s', (_, stored) => {
    expect(usableKeptView(stored, now)).toBeUndefined();
  });

  it('is not drawn the next day, even minutes later: its Today and Tomorrow moved', () => {
    const afterMidnight = Date.parse('2026-06-09T22:05:00Z'); // 00:05 in Stockholm
    const at = { ...now, now: afterMidnight };
    expect(usableKeptView(kept({ madeAt: afterMidnight - 2 * MINUTE }), at)).toEqual(view);
    expect(usableKeptView(kept({ madeAt: afterMidnight - 6 * MINUTE }), at)).toBeUndefined();
  });

  it('compares settings whatever order their fields (and their fields’ fields) were read in', () => {
    const reordered = Object.fromEntries(
      Object.entries(DEFAULT_SETTINGS).reverse(),
    ) as typeof DEFAULT_SETTINGS;
    expect(settingsKey(reordered)).toBe(settingsKey(DEFAULT_SETTINGS));
    const nested = {
      ...DEFAULT_SETTINGS,
      rules: { b: true, a: false },
    } as unknown as typeof DEFAULT_SETTINGS;
    const nestedReordered = {
      ...DEFAULT_SETTINGS,
      rules: { a: false, b: true },
    } as unknown as typeof DEFAULT_SETTINGS;
    expect(settingsKey(nested)).toBe(settingsKey(nestedReordered));
    expect(settingsKey({ ...DEFAULT_SETTINGS, weakTieDays: 91 })).not.toBe(settingsKey(DEFAULT_SETTINGS));
  });

  it('finds a view read back from storage, its fields sorted as Chromium returns them, the same as the one kept', () => {
    // As Chromium's storage returns it: every object's fields in alphabetical order.
    const { contactName, contactId, action, reason, dueAt, hard, more } = view.groups[0]!.rows[0]!;
    const row = { action, contactId, contactName, dueAt, hard, more, reason };
    const readBack = {
      batches: [],
      groups: [{ count: 1, id: 'today' as const, rows: [row], title: 'Today' }],
    };
    expect(JSON.stringify(readBack)).not.toBe(JSON.stringify(view));
    expect(sameFirstView(readBack, view)).toBe(true);
    const renamed = {
      ...view,
      groups: [{ ...view.groups[0]!, rows: [{ ...view.groups[0]!.rows[0]!, contactName: 'Ada M' }] }],
    };
    expect(sameFirstView(renamed, view)).toBe(false);
  });
});
