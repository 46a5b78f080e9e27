import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Settings, SettingsSchema } from '../../../lib/schema/settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { validSettings } from '../../../lib/settings/validate';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

describe('settings read from storage', () => {
  it('fall back per field: a bad value is replaced by its default, the rest is kept', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const settings = validSettings({
      tagCadences: null,
      disabledRules: 7,
      weakTieDays: 90,
      inlineHints: false,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, weakTieDays: 90, inlineHints: false });
    expect(warn.mock.calls.map(([message]) => message).join('\n')).toMatch(/tagCadences[\s\S]*disabledRules/);
    warn.mockClear();
    validSettings({ tagCadences: null });
    expect(warn).not.toHaveBeenCalled(); // logged once
    warn.mockRestore();
  });

  it('keep the valid entries of a list and drop the rest', () => {
    expect(validSettings({ ignoredHints: ['a', 5, null, 'b', 'x'.repeat(500)] }).ignoredHints).toEqual([
      'a',
      'b',
    ]);
  });

  it('whatever storage holds, every field is one SettingsSchema accepts', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stored = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...FIELDS), fc.anything()),
      fc.record({
        followUpWindowHours: fc.array(fc.oneof(fc.double(), fc.integer()), { maxLength: 3 }),
        tagCadences: fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.double(), fc.constant(null))),
        weakTieDays: fc.oneof(fc.integer(), fc.double()),
        defaultCadenceDays: fc.oneof(fc.integer(), fc.constant(null), fc.double()),
      }),
    );
    fc.assert(
      fc.property(stored, (value) => {
        expect(SettingsSchema.safeParse(validSettings(value)).success).toBe(true);
      }),
    );
  });

  it('keep every value SettingsSchema accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.anything(), (key, value) => {
        const parsed = SettingsSchema.shape[key].safeParse(value);
        if (parsed.success && value !== undefined)
          expect(validSettings({ [key]: value })[key]).toEqual(value);
      }),
    );
  });
});
