import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ProtocolEntries } from '../../../lib/protocol/entry';
import { type MessageType, protocol } from '../../../lib/protocol/map';
import { createRouter, type Handlers } from '../../../lib/protocol/router';
import { classifySender, type SenderFacts } from '../../../lib/protocol/sender';
import {
  CONTENT_SCRIPT_MESSAGES,
  SENDERS,
  sentByContentScripts,
  TEST_EXTENSION,
} from '../../support/senders';

const { id, baseUrl } = TEST_EXTENSION;

describe('classifySender', () => {
  it.each<[string, SenderFacts, ReturnType<typeof classifySender>]>([
    ['the side panel (no tab)', { id, url: `${baseUrl}sidepanel.html` }, 'extension'],
    [
      'the options page opened as a tab',
      { id, url: `${baseUrl}options.html`, tab: { url: `${baseUrl}options.html` } },
      'extension',
    ],
    [
      'our page framed inside LinkedIn',
      { id, url: `${baseUrl}popup.html`, tab: { url: 'https://www.linkedin.com/feed/' } },
      null,
    ],
    [
      'our page framed in a tab whose address we cannot see',
      { id, url: `${baseUrl}popup.html`, tab: {} },
      null,
    ],
    [
      'our content script on a LinkedIn tab',
      { id, url: 'https://www.linkedin.com/in/a/', tab: { url: 'https://www.linkedin.com/in/a/' } },
      'content',
    ],
    ['a LinkedIn frame without a tab', { id, url: 'https://www.linkedin.com/in/a/' }, null],
    ['plain http LinkedIn', { id, url: 'http://www.linkedin.com/in/a/', tab: {} }, null],
    ['a look-alike host', { id, url: 'https://www.linkedin.com.evil.example/in/a/', tab: {} }, null],
    ['another LinkedIn subdomain we do not run on', { id, url: 'https://evil.linkedin.com/', tab: {} }, null],
    ['another site', { id, url: 'https://evil.example/', tab: {} }, null],
    [
      'another extension’s page',
      { id: 'otherextension', url: 'chrome-extension://otherextension/x.html' },
      null,
    ],
    ['another extension claiming our address', { id: 'otherextension', url: `${baseUrl}options.html` }, null],
    ['no id', { url: `${baseUrl}options.html` }, null],
    ['no address', { id }, null],
    ['an address that only starts like ours', { id, url: `${baseUrl.slice(0, -1)}x/options.html` }, null],
  ])('%s', (_name, sender, kind) => {
    expect(classifySender(sender, TEST_EXTENSION)).toBe(kind);
  });

  it('never calls anything outside our own address an extension page', () => {
    // fc.webUrl() is slow (~0.1 s a value); addresses built from parts reach the same corners.
    const address = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'chrome-extension://', 'moz-extension://', ''),
        fc.constantFrom(
          'www.linkedin.com',
          'linkedin.com',
          'www.linkedin.com.evil.example',
          id,
          `${id}x`,
          'evil.example',
        ),
        fc.string(),
      )
      .map(([scheme, host, path]) => `${scheme}${host}/${path}`);
    const sender = fc.record(
      {
        id: fc.oneof(fc.constant(id), fc.string()),
        url: fc.oneof(address, fc.string(), fc.constant(`${baseUrl}x.html`)),
        tab: fc.record({ url: fc.oneof(address, fc.constant(`${baseUrl}x.html`)) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sender, (facts) => {
        const kind = classifySender(facts, TEST_EXTENSION);
        if (kind === 'extension') expect(facts.id === id && facts.url?.startsWith(baseUrl)).toBe(true);
        if (kind === 'content') expect(new URL(facts.url ?? '').host).toBe('www.linkedin.com');
        if (facts.id !== id) expect(kind).toBeNull();
      }),
    );
  });
});

describe('the protocol map', () => {
  it('lets content scripts send only the eight messages they use', () => {
    expect(sentByContentScripts()).toEqual([...CONTENT_SCRIPT_MESSAGES].sort());
    expect(CONTENT_SCRIPT_MESSAGES).toHaveLength(8);
  });

  it('makes a message without `from` a type error', () => {
    const withoutSenders = { 'x/y': { request: z.object({}), response: z.object({}) } };
    // @ts-expect-error — `from` is required: a message cannot be added without deciding who may send it.
    const checked: ProtocolEntries = withoutSenders;
    expect(checked).toBe(withoutSenders);
  });
});

describe('the router', () => {
  const called: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, type: string) => async () => {
      called.push(type);
      return {};
    },
  });
  const route = createRouter(handlers, TEST_EXTENSION);
  const types = Object.keys(protocol) as MessageType[];

  it.each(types)(
    'refuses %s from anyone its entry does not name, before reading the payload',
    async (type) => {
      called.length = 0;
      const allowed = protocol[type].from as readonly string[];
      for (const kind of ['content', 'extension'] as const) {
        if (allowed.includes(kind)) continue;
        expect(await route({ type, payload: {} }, SENDERS[kind])).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
      expect(
        await route(
          { type, payload: {} },
          { id: 'otherextension', url: 'chrome-extension://otherextension/' },
        ),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(called).toEqual([]);
    },
  );

  it('refuses every message from a framed extension page or a foreign sender, whatever it carries', async () => {
    called.length = 0;
    const stranger = fc.constantFrom<SenderFacts>(
      { id, url: `${baseUrl}options.html`, tab: { url: 'https://www.linkedin.com/' } },
      { id, url: 'https://evil.example/', tab: { url: 'https://evil.example/' } },
      { id: 'x', url: `${baseUrl}options.html` },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...types), fc.anything(), stranger, async (type, payload, sender) => {
        const reply = await route({ type, payload }, sender);
        expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }),
    );
    expect(called).toEqual([]);
  });
});
