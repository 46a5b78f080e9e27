import { describe, expect, it } from 'vitest';
import { type WhyTabs, whyOpen } from '../../../lib/background/handlers/why-open';
import { protocol } from '../../../lib/protocol/map';

const PAGE = 'chrome-extension://abc/why.html';

/** A browser with tabs the test can close or navigate away, as the user would. */
function browserTabs() {
  const tabs = new Map<number, string>();
  let next = 1;
  const shown: number[] = [];
  const api: WhyTabs = {
    getURL: () => PAGE,
    create: async (url) => {
      tabs.set(next, url);
      return { id: next++ };
    },
    urlOf: async (id) => tabs.get(id),
    show: async (id, url) => {
      tabs.set(id, url);
      shown.push(id);
    },
  };
  return { api, tabs, shown };
}

describe('"Why?" from the inline panel', () => {
  it('opens the page at the principle, then reuses that one tab for the next Why', async () => {
    const { api, tabs, shown } = browserTabs();
    const open = whyOpen(api);
    expect(await open({ section: 'Be Aware of Tone' }, {})).toEqual({});
    expect([...tabs.values()]).toEqual([`${PAGE}#be-aware-of-tone`]);
    await open({ section: 'Active Listening' }, {});
    await open({ section: 'Overcoming Barriers' }, {});
    expect([...tabs.values()]).toEqual([`${PAGE}#overcoming-barriers`]);
    expect(shown).toEqual([1, 1]);
  });

  it('opens a new tab when the user closed it or went elsewhere in it, never taking over their page', async () => {
    const { api, tabs } = browserTabs();
    const open = whyOpen(api);
    await open({ section: 'Trust' }, {});
    tabs.delete(1);
    await open({ section: 'Reciprocity' }, {});
    expect([...tabs.entries()]).toEqual([[2, `${PAGE}#reciprocity`]]);
    tabs.set(2, 'https://www.linkedin.com/feed/');
    await open({ section: 'Be Patient' }, {});
    expect(tabs.get(2)).toBe('https://www.linkedin.com/feed/');
    expect(tabs.get(3)).toBe(`${PAGE}#be-patient`);
  });

  it('takes only a principle Rapport cites, nothing the page could make up', () => {
    const request = protocol['why/open'].request;
    expect(request.safeParse({ section: 'Be Aware of Tone' }).success).toBe(true);
    for (const payload of [
      { section: 'javascript:alert(1)' },
      { section: 'Trust', url: 'https://x.example' },
      {},
    ])
      expect(request.safeParse(payload).success).toBe(false);
  });
});
