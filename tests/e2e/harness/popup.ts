import type { Page } from 'playwright-core';

/**
 * Opens the popup's "Before you write" disclosure (closed, it is one line of shared ground) as a user would:
 * the whole brief and "Who can introduce you" are inside.
 */
export async function openBrief(popup: Page): Promise<void> {
  const brief = popup.getByRole('region', { name: 'Before you write' });
  await brief.locator('details > summary').click();
  await brief.locator('details[open]').waitFor();
}

/** Opens the event line's disclosure: the note on the person, who you met, and "End event". */
export async function openEventDetails(popup: Page): Promise<void> {
  const event = popup.locator('section.event-mode');
  await event.locator('details > summary').click();
  await event.locator('details[open]').waitFor();
}
