import { useState } from 'react';
import { browser } from 'wxt/browser';
import { Checkbox } from '../shared/Checkbox';
import { saveSettings } from '../shared/use-settings';

const PERMISSION = { permissions: ['notifications' as const] };

/**
 * Desktop notifications for overdue follow-ups. The permission is optional in the manifest: it is asked for
 * here, on the user's click, and given back when they switch notifications off.
 */
export function NotificationsSetting({ enabled }: { enabled: boolean }) {
  const [refused, setRefused] = useState(false);
  const change = (on: boolean) => {
    if (!on) {
      void saveSettings({ notifications: false });
      void browser.permissions.remove(PERMISSION);
      return;
    }
    // The request must start inside the click, before anything is awaited.
    browser.permissions.request(PERMISSION).then((granted) => {
      setRefused(!granted);
      if (granted) void saveSettings({ notifications: true });
    });
  };
  return (
    <>
      <Checkbox
        label="Desktop notifications when follow-ups are overdue"
        checked={enabled}
        onChange={change}
      />
      {refused ? <p className="error">The browser did not allow notifications, so they stay off.</p> : null}
    </>
  );
}
