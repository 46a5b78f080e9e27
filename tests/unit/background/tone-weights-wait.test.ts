import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply } from '../../../lib/protocol/envelope';

// The background loads the tone models' weights (packaged files, lib/tone/model/tone-weight-files.browser.ts) when a
// handler first needs them. Session 6 found the worker awaiting them before routing every message: while their
// fetch hung, nothing at all was answered. Here the whole background runs, with the extension's weight loader and a
// fetch of the weight files that waits until the test lets it answer.
const LIB = new URL('../../../lib/', import.meta.url);
/** The status the weight files are served with, once the test decides it; until then their fetch waits. */
let weightStatus: Promise<number>;
let answerWeightFetches: (status: number) => void;
function holdWeightFetches() {
  weightStatus = new Promise((resolve) => {
    answerWeightFetches = resolve;
  });
}
const fetchStub = vi.fn(async (url: string) => {
  const status = await weightStatus;
  if (status !== 200) return new Response('gone', { status });
  return new Response(await readFile(new URL(url.replace(/^\//, ''), LIB), 'utf8'));
});

const PROFILE = 'https://www.linkedin.com/in/someone/';
const SENDERS = {
  extension: () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') }),
  content: () => ({ id: browser.runtime.id, url: PROFILE, tab: { url: PROFILE } }),
};

/** A message as the browser hands it to the worker's listener; `answered` says whether a reply came yet. */
function send(message: unknown, from: keyof typeof SENDERS) {
  let answered = false;
  const reply = new Promise<Reply<unknown>>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, SENDERS[from](), (answer: Reply<unknown>) => {
      answered = true;
      resolve(answer);
    });
  });
  return { reply, answered: () => answered };
}
const toneCheck = () =>
  send(
    {
      type: 'tone/analyze',
      payload: { text: 'Hi Ada, could you introduce me to your CTO?', kind: 'message' },
    },
    'content',
  );

beforeEach(async () => {
  fakeBrowser.reset();
  fetchStub.mockClear();
  holdWeightFetches();
  vi.resetModules();
  vi.doMock(
    '../../../lib/tone/model/tone-weight-files',
    () => import('../../../lib/tone/model/tone-weight-files.browser'),
  );
  vi.stubGlobal('fetch', fetchStub);
  (await import('../../../entrypoints/background')).default.main();
});
afterEach(() => {
  vi.doUnmock('../../../lib/tone/model/tone-weight-files');
  vi.unstubAllGlobals();
});

describe('the background while the tone weights load', () => {
  it('answers a settings save and a profile capture; a tone check waits for the weights, then is answered', async () => {
    const tone = toneCheck();
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalled());
    expect(
      await send({ type: 'settings/save', payload: { change: { weakTieDays: 90 } } }, 'extension').reply,
    ).toMatchObject({ ok: true, value: { weakTieDays: 90 } });
    const capture = {
      type: 'profile/captured',
      payload: {
        publicId: 'ada-example',
        profileUrl: 'https://www.linkedin.com/in/ada-example/',
        name: 'Ada',
      },
    };
    expect(await send(capture, 'content').reply).toMatchObject({
      ok: true,
      value: { contactId: 'ada-example', created: true },
    });
    expect(tone.answered()).toBe(false);
    answerWeightFetches(200);
    expect(await tone.reply).toMatchObject({ ok: true, value: { flags: { ask_without_give: true } } });
  });

  it('a failed load answers the tone check with which file failed; the next check loads them again', async () => {
    const first = toneCheck();
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalled());
    answerWeightFetches(404);
    expect(await first.reply).toMatchObject({
      ok: false,
      error: {
        code: 'failed',
        message: expect.stringMatching(/tone weights \(tone\/.*-weights\.json: 404\)/),
      },
    });
    holdWeightFetches();
    const second = toneCheck();
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalledTimes(4));
    answerWeightFetches(200);
    expect(await second.reply).toMatchObject({ ok: true });
  });
});
