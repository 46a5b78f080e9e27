import { browser } from 'wxt/browser';
import type { Handler } from '../../protocol/router';
import { settingsOwner } from '../../settings/owner';
import type { HandlerContext } from '../context';
import { clearUnsaved } from '../unsaved-captures';

/** Storage keys that outlive a wipe: the user's preferences, which name no one once the lists below are emptied. */
const KEPT_KEYS = new Set(['settings', 'settingsVersion']);

/**
 * Deletes everything that names a person: every row of every table (whatever tables later versions add, staged
 * imports included) in one transaction, then the settings' lists of dismissed boxes (recipients' ids and names)
 * and ignored hints (fingerprints of the user's text), then every other stored key.
 */
export function dataWipe({ db }: HandlerContext): Handler<'data/wipe'> {
  return async () => {
    // The settings' own copy is the user's preferences, kept (its lists emptied below) like storage's mirror.
    const tables = db.tables.filter((table) => table.name !== 'settings');
    const deleted = await db.transaction('rw', tables, async () => {
      let count = 0;
      for (const table of tables) {
        // The network table holds a drawing and two timestamps (lib/social/network-snapshot.ts), not records.
        if (table.name !== 'network') count += await table.count();
        await table.clear();
      }
      return count;
    });
    await settingsOwner(db).save({ ignoredHints: [], dismissedBoxes: [] });
    const stored = Object.keys(await browser.storage.local.get(null));
    await browser.storage.local.remove(stored.filter((key) => !KEPT_KEYS.has(key)));
    await browser.storage.session?.clear();
    await clearUnsaved();
    return { deleted };
  };
}
