import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { readSettings, watchSettings } from '../../lib/settings/read';
import { updateSettings } from '../../lib/settings/store';

beforeEach(() => fakeBrowser.reset());

it('reads defaults before anything is saved', async () => {
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
});

it('reads directly what the storage item saved, and hears about changes', async () => {
  const heard: boolean[] = [];
  const unwatch = watchSettings((settings) => heard.push(settings.captureProfiles));
  await updateSettings({ captureProfiles: false, weakTieDays: 90 });
  expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, captureProfiles: false, weakTieDays: 90 });
  expect(heard).toEqual([false]);
  unwatch();
  await updateSettings({ captureProfiles: true });
  expect(heard).toEqual([false]);
});
