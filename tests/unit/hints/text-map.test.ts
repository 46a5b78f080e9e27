// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ANALYSED_CHARS, analyseDraft, hintKey } from '../../../lib/hints/analyse-draft';
import { remember } from '../../../lib/hints/settings-lists';
import { mapEditableText, rangeOf } from '../../../lib/hints/text/text-map';

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
  it('checks only the first characters of a huge draft and says how much', () => {
    const text = 'Could you maybe help? '.repeat(5000);
    const { analysedChars, totalChars, hints } = analyseDraft(text, { disabledRules: [], ignoredHints: [] });
    expect([analysedChars, totalChars]).toEqual([ANALYSED_CHARS, text.length]);
    expect(hints.every((hint) => hint.end <= ANALYSED_CHARS)).toBe(true);
  });

  it('drops an ignored hint by rule and flagged words, wherever they move', () => {
    const context = { disabledRules: [], ignoredHints: [] as string[] };
    const first = analyseDraft('I just wanted to connect.', context);
    const minimising = first.hints.find((hint) => hint.ruleId === 'minimising')!;
    const ignoredHints = remember([], hintKey(minimising, 'I just wanted to connect.'));
    const later = analyseDraft('Hello! I just wanted to connect.', { ...context, ignoredHints });
    expect(later.hints.map((hint) => hint.ruleId)).not.toContain('minimising');
    expect(later.report.hints.map((hint) => hint.ruleId)).toContain('minimising');
  });
});

it('remembers a key once, newest last, and forgets the oldest past the limit', () => {
  const many = Array.from({ length: 500 }, (_, i) => `k${i}`);
  expect(remember(['a', 'b'], 'a')).toEqual(['b', 'a']);
  expect(remember(many, 'new')).toEqual([...many.slice(1), 'new']);
});
