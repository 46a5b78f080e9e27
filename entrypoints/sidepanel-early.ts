import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askKeptViewEarly } from '../lib/browser/kept-first-view';
import { openPageConnectionEarly } from '../lib/db/page-connection';
import { askSettingsEarly } from '../lib/settings/storage';

// The side panel's first bytes: what its first view waits for (the database's opening, the settings, and the view
// the background kept: lib/browser/kept-first-view.ts), asked for by a script small enough to come at once, at the
// top of sidepanel/index.html. The first step (./sidepanel-first-step.ts, 48 KB) takes them over when it runs
// (lib/db/page-connection.ts, lib/settings/storage.ts): the browser answers it 10–30 ms after a small script, and
// until then it asked for them only as it ran.
export default defineUnlistedScript(() => {
  openPageConnectionEarly();
  askSettingsEarly();
  askKeptViewEarly();
});
