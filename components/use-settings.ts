import { useEffect, useState } from 'react';
import type { Settings } from '../lib/schema/settings';
import { DEFAULT_SETTINGS } from '../lib/settings/defaults';
import { readSettings, watchSettings } from '../lib/settings/storage';

/** The current settings, following changes made in any other extension page. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    readSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
