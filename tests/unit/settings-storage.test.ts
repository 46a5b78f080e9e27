import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { readSettings, updateSettings, watchSettings } from '../../lib/settings/storage';

beforeEach(() => fakeBrowser.reset());

it('reads defaults before anything is saved', async () => {
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
});

it('keeps what is not changed, and tells watchers until they unsubscribe', async () => {
  const heard: boolean[] = [];
  const unwatch = watchSettings((settings) => heard.push(settings.captureProfiles));
  await updateSettings({ captureProfiles: false, weakTieDays: 90 });
  expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, captureProfiles: false, weakTieDays: 90 });
  expect(heard).toEqual([false]);
  unwatch();
  await updateSettings({ captureProfiles: true });
  expect(heard).toEqual([false]);
});
