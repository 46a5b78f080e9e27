// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import type { sendToBackground } from '../../../lib/browser/messaging';
import { openDatabase } from '../../../lib/db/database';
import { analyseDraft, hintKey } from '../../../lib/hints/analyse-draft';
import { remember } from '../../../lib/hints/settings-lists';
import { mapEditableText, rangeOf } from '../../../lib/hints/text/text-map';
import { INLINE_ANALYSED_CHARS } from '../../../lib/schema/limits';
import { routeAsAllowedSender } from '../../support/senders';

const editor = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
};

describe('mapEditableText', () => {
  it('reads paragraphs, inline markup and line breaks the way they show', () => {
    const root = editor('<p>Hi <b>Ada</b>,</p><p>thanks<br>again</p><p><br></p>');
    expect(mapEditableText(root).text).toBe('Hi Ada,\nthanks\nagain');
  });

  it('maps [start, end) back to exactly those characters across nodes, and snaps off line breaks', () => {
    const root = editor('<p>Hi <b>Ada</b>,</p><p>I just wanted to ask</p>');
    const map = mapEditableText(root);
    const at = (words: string) => [map.text.indexOf(words), map.text.indexOf(words) + words.length] as const;
    expect(rangeOf(map, ...at('just wanted to'))?.toString()).toBe('just wanted to');
    expect(rangeOf(map, ...at('Hi Ada'))?.toString()).toBe('Hi Ada');
    expect(rangeOf(map, ...at(',\nI'))?.toString()).toBe(',I');
  });

  it('leaves the editor untouched', () => {
    const root = editor('<p>Hi <b>Ada</b></p>');
    const before = root.innerHTML;
    rangeOf(mapEditableText(root), 0, 5);
    expect(root.innerHTML).toBe(before);
  });
});

describe('analyseDraft', () => {
  // The background's own router answers, as the worker would: the check runs there, not in the page.
  const db = openDatabase('hints-analyse-draft');
  const route = routeAsAllowedSender(createHandlers({ db, now: () => Date.UTC(2026, 0, 5) }));
  const send = ((type: string, payload: unknown) => route({ type, payload })) as typeof sendToBackground;

  it('checks only the first characters of a huge draft and says how much', async () => {
    const text = 'Could you maybe help? '.repeat(5000);
    const analysis = await analyseDraft(text, { disabledRules: [], ignoredHints: [] }, send);
    expect([analysis?.analysedChars, analysis?.totalChars]).toEqual([INLINE_ANALYSED_CHARS, text.length]);
    expect(analysis?.hints.length).toBeGreaterThan(0);
    expect(analysis?.hints.every((hint) => hint.end <= INLINE_ANALYSED_CHARS)).toBe(true);
  });

  it('drops an ignored hint by rule and flagged words, wherever they move', async () => {
    const context = { disabledRules: [], ignoredHints: [] as string[] };
    const first = await analyseDraft('I just wanted to connect.', context, send);
    const minimising = first?.hints.find((hint) => hint.ruleId === 'minimising');
    expect(minimising).toBeDefined();
    const ignoredHints = remember([], hintKey(minimising!, 'I just wanted to connect.'));
    const later = await analyseDraft('Hello! I just wanted to connect.', { ...context, ignoredHints }, send);
    expect(later?.hints.map((hint) => hint.ruleId)).not.toContain('minimising');
    expect(later?.report.hints.map((hint) => hint.ruleId)).toContain('minimising');
  });

  it('uses what Rapport knows of a recipient for personalisation', async () => {
    await route({
      type: 'profile/captured',
      payload: {
        publicId: 'ines-braga',
        profileUrl: 'https://www.linkedin.com/in/ines-braga/',
        name: 'Inês Braga',
        company: 'Maré Robotics',
      },
    });
    const text = 'Hello Inês, I would like to connect.';
    const unknown = await analyseDraft(text, { disabledRules: [], ignoredHints: [] }, send);
    const known = await analyseDraft(
      text,
      { disabledRules: [], ignoredHints: [], recipient: { profileId: 'ines-braga', name: 'Inês Braga' } },
      send,
    );
    const personal = (a: typeof known) =>
      a?.hints.find((hint) => hint.ruleId === 'personal-reference')?.message;
    expect(personal(unknown)).not.toContain('Maré Robotics');
    expect(personal(known)).toContain('Maré Robotics');
  });

  it('answers null when the worker cannot answer', async () => {
    const broken = (async () => ({
      ok: false,
      error: { code: 'failed', message: 'gone' },
    })) as typeof sendToBackground;
    expect(await analyseDraft('Hi there', { disabledRules: [], ignoredHints: [] }, broken)).toBeNull();
  });
});

it('remembers a key once, newest last, and forgets the oldest past the limit', () => {
  const many = Array.from({ length: 500 }, (_, i) => `k${i}`);
  expect(remember(['a', 'b'], 'a')).toEqual(['b', 'a']);
  expect(remember(many, 'new')).toEqual([...many.slice(1), 'new']);
});
