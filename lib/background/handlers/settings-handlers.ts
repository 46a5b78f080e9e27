import { remember } from '../../hints/settings-lists';
import type { Handler } from '../../protocol/router';
import { settingsOwner } from '../../settings/owner';
import type { HandlerContext } from '../context';

/** A page saves a change: into the background's own copy, then its mirror in storage (lib/settings/owner.ts). */
export function settingsSave({ db }: HandlerContext): Handler<'settings/save'> {
  return ({ change }) => settingsOwner(db).save(change);
}

/**
 * A box's panel remembers an ignored hint or a box hidden from hints. The only settings a content script may touch,
 * one entry at a time; the lists keep their newest 500 (./settings-lists).
 */
export function settingsRemember({ db }: HandlerContext): Handler<'settings/remember'> {
  return async ({ list, key }) => {
    await settingsOwner(db).save((now) => ({ [list]: remember(now[list], key) }));
    return {};
  };
}
