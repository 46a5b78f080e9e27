import { browser } from 'wxt/browser';

/** Opens the network view in its own tab: the chart library loads there and nowhere else. */
export function NetworkLink() {
  return (
    <a href={browser.runtime.getURL('/network.html')} target="_blank" rel="noreferrer">
      Your network at a glance
    </a>
  );
}
