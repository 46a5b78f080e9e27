import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ProfileTab } from '../../lib/browser/profile-tab';
import { useSettings } from '../shared/use-settings';

/** The page's own capture waits 10 s for LinkedIn's top card; past this, it is not coming. */
const GIVE_UP_MS = 12_000;

/**
 * What the popup says while the person on the tab is not stored yet, and why — it always resolves: capture is
 * switched off, the page is still loading, Rapport is reading it, or it could not (with what to do).
 */
export function ProfileReading({ tab }: { tab: ProfileTab }) {
  const { captureProfiles } = useSettings();
  const [loading, setLoading] = useState(tab.loading);
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === tab.tabId && change.status) setLoading(change.status === 'loading');
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tab.tabId]);
  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(() => setGaveUp(true), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [loading]);

  if (!captureProfiles) {
    return (
      <p role="status">
        Profile capture is switched off, so Rapport does not read this page.{' '}
        <a href="/options.html#follow-up-heading" target="_blank" rel="noreferrer">
          Turn it on in Settings
        </a>
        .
      </p>
    );
  }
  if (loading) return <p role="status">LinkedIn is still loading this page…</p>;
  if (gaveUp) {
    return (
      <div role="alert">
        <p>Rapport could not read this profile.</p>
        <p className="muted">
          Reload the LinkedIn tab and open Rapport again. If the page was open before Rapport was installed, a
          reload is all it needs; if it still fails, LinkedIn may be showing a sign-in wall or a layout
          Rapport does not know yet.
        </p>
      </div>
    );
  }
  return (
    <p role="status" aria-busy="true">
      Reading this profile…
    </p>
  );
}
