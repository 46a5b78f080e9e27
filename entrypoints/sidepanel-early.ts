import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { openPageConnectionEarly } from '../lib/db/page-connection';
import { askSettingsEarly } from '../lib/settings/storage';

// The side panel's first bytes: the two things its queue waits for, the database's opening and the settings, asked
// for by a script small enough to come at once, at the top of sidepanel/index.html. The first step
// (./sidepanel-first-step.ts, 45 KB) takes both over when it runs (lib/db/page-connection.ts, lib/settings/storage.ts):
// the browser answers it 10–30 ms after a small script, and until now it asked for them only then.
export default defineUnlistedScript(() => {
  openPageConnectionEarly();
  askSettingsEarly();
});
