import { browser } from 'wxt/browser';

const BADGE_COLOUR = '#b45309';
const UNSAVED_COLOUR = '#b91c1c';

const shown = { overdue: 0, unsaved: 0 };

/**
 * The toolbar button: the overdue count, or a red "!" while captures wait for room to be saved (that matters more:
 * it is data about to be lost). Firefox's MV2 names the API browserAction.
 */
async function render(): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const { overdue, unsaved } = shown;
  await action.setBadgeText({ text: unsaved ? '!' : overdue ? String(Math.min(overdue, 99)) : '' });
  await action.setBadgeBackgroundColor({ color: unsaved ? UNSAVED_COLOUR : BADGE_COLOUR });
  await action.setTitle({
    title: unsaved ? `Rapport: ${unsaved} not saved yet — the browser has no room left` : 'Rapport',
  });
}

export function showOverdueOnBadge(count: number): Promise<void> {
  shown.overdue = count;
  return render();
}

export function showUnsavedOnBadge(count: number): Promise<void> {
  shown.unsaved = count;
  return render();
}
