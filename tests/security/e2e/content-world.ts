import type { Page } from 'playwright-core';
import type { RapportBrowser } from '../../e2e/harness/extension';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string };
}

/**
 * Runs code in Rapport's content-script world of a LinkedIn tab — what a renderer exploit or a bug in our own
 * content script could run: it has the extension APIs (`chrome.runtime`, `chrome.storage`) our content scripts have.
 */
export async function contentScriptWorld(rapport: RapportBrowser, tab: Page) {
  const cdp = await rapport.context.newCDPSession(tab);
  const origin = `chrome-extension://${rapport.extensionId}`;
  const found = new Promise<number>((resolve) => {
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => {
      if (context.origin === origin && context.auxData?.type === 'isolated') resolve(context.id);
    });
  });
  await cdp.send('Runtime.enable');
  const contextId = await found;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(`in the content-script world: ${JSON.stringify(exceptionDetails)}`);
      return result.value as T;
    },
    /** Sends a raw message to the background as our content script would. */
    send<T = unknown>(message: unknown): Promise<T> {
      return this.evaluate<T>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    },
  };
}

/** Runs code in the page's own world, as LinkedIn's scripts (or a script injected into LinkedIn) would. */
export function pageScript<T>(tab: Page, source: string): Promise<T> {
  return tab.evaluate(source) as Promise<T>;
}
