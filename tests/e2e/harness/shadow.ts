import type { Page } from 'playwright-core';

type Node = { nodeName: string; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };

/**
 * Runs `fn` on the closed shadow root of the n-th Rapport badge host. Page scripts cannot reach a closed shadow
 * root (that is the point); the DevTools protocol can, which is how the tests look inside.
 */
export async function inBadge<T>(page: Page, index: number, fn: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const hosts: Node[] = [];
    const walk = (node: Node) => {
      if (node.nodeName === 'RAPPORT-HINTS') hosts.push(node);
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    const shadow = hosts[index]?.shadowRoots?.[0];
    if (!shadow) throw new Error(`No badge #${index} (found ${hosts.length})`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The text of every range Rapport underlines in the page, per highlight, with the box each range is in. */
export function underlines(page: Page): Promise<{ text: string; box: string | null }[]> {
  return page.evaluate(() => {
    const out: { text: string; box: string | null }[] = [];
    for (const name of ['rapport-hint', 'rapport-hint-info']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        const start = range.startContainer;
        const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
        const person = element?.closest('[data-person]')?.getAttribute('data-person');
        out.push({
          text: (range as Range).toString(),
          box: person ?? element?.closest('form')?.className ?? null,
        });
      }
    }
    return out;
  });
}

/** The inline panel's text in the first badge (opened if closed): hints, coaching and their why. */
export const panelText = (page: Page) =>
  inBadge<string>(
    page,
    0,
    'function () { const p = this.querySelector(".panel"); if (p.hidden) this.querySelector(".badge").click(); return p.textContent; }',
  );

/**
 * Types into a box after what is there and waits for the badge to report an analysis that started after the
 * typing began: the panel then shows what the box holds (or a later pause of it).
 */
export async function typeAndWait(page: Page, editor: string, text: string) {
  const before = await page.evaluate(() => performance.now());
  await page.locator(editor).click();
  await page.keyboard.press('End');
  await page.locator(editor).pressSequentially(text);
  await page.waitForFunction(
    (after) =>
      Number(document.querySelector('rapport-hints')?.getAttribute('data-rapport-analysed-at')) > after,
    before,
  );
}
