import { useSyncExternalStore } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import type { Settings } from '../../lib/schema/settings';
import { currentSettings, loadedSettings, publishSettings, subscribeSettings } from './settings-store';
import { showToast } from './toast';

/** The current settings, following changes made on this page or in any other extension page. */
export function useSettings(): Settings {
  return useSyncExternalStore(subscribeSettings, currentSettings);
}

/**
 * The settings once storage has answered, undefined before: for work that depends on them and is costly to do
 * twice (the follow-up queue would otherwise be computed with the defaults, then again with the user's settings).
 */
export function useLoadedSettings(): Settings | undefined {
  return useSyncExternalStore(subscribeSettings, loadedSettings);
}

/**
 * Shows a change on this page at once, has the background save it (the settings' only writer, which applies
 * changes one at a time, so two pages saving at once lose nothing), and confirms it in the page's toast.
 */
export function saveSettings(change: Partial<Settings>): Promise<void> {
  publishSettings({ ...currentSettings(), ...change });
  return sendToBackground('settings/save', { change })
    .then((reply) => {
      if (!reply.ok) throw new Error(reply.error.message);
      publishSettings(reply.value);
      showToast({ text: 'Saved' });
    })
    .catch((error: unknown) => {
      showToast({ text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
      throw error;
    });
}
