import type { Page } from 'playwright-core';
import type { Backup } from '../../../lib/protocol/backup';
import type { Reply } from '../../../lib/protocol/envelope';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Sends a raw message to the background from an extension page, as any extension context could. */
export function sendRaw(page: Page, message: unknown): Promise<Reply<unknown>> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Reply<unknown>>;
}

/** Everything stored, read through the extension's own export. */
export async function exportAll(page: Page): Promise<Backup> {
  const reply = await sendRaw(page, { type: 'data/export', payload: {} });
  if (!reply.ok) throw new Error(`export failed: ${reply.error.message}`);
  return reply.value as Backup;
}
