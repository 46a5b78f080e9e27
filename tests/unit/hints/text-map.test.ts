// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import type { sendToBackground } from '../../../lib/browser/messaging';
import { openDatabase } from '../../../lib/db/database';
import { analyseDraft, hintKey } from '../../../lib/hints/analyse-draft';
import { remember } from '../../../lib/hints/settings-lists';
import { contentEditableText } from '../../../lib/hints/text/contenteditable-text';
import { mapEditableText, rangeOf, type TextMap } from '../../../lib/hints/text/text-map';
import { textareaText } from '../../../lib/hints/text/textarea-text';
import { DRAFT_READ_CHARS, INLINE_ANALYSED_CHARS } from '../../../lib/schema/limits';
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

/** The characters of the text nodes a [start, end) span covers: what a correct Range over it reads. */
const coveredText = (map: TextMap, start: number, end: number) =>
  map.segments
    .map(({ node, start: at }) => node.data.slice(Math.max(0, start - at), Math.max(0, end - at)))
    .join('');

/** Every text node's characters sit at its offset in the text, and a span over them maps back to exactly them. */
function expectRoundTrip(map: TextMap, spans: number) {
  const misplaced = map.segments.filter(
    ({ node, start }) =>
      map.text.slice(start, start + node.length) !== node.data.slice(0, map.text.length - start),
  );
  expect(misplaced).toEqual([]);
  const step = Math.max(1, Math.floor(map.segments.length / spans));
  for (let i = 0; i < map.segments.length; i += step) {
    const { node, start } = map.segments[i]!;
    const last = map.segments[Math.min(map.segments.length - 1, i + 2)]!;
    const end = Math.min(map.text.length, last.start + last.node.length);
    expect(rangeOf(map, start, end)?.toString()).toBe(coveredText(map, start, end));
    if (node.length > 1)
      expect(rangeOf(map, start + 1, start + node.length)?.toString()).toBe(node.data.slice(1));
  }
}

/**
 * The reading rule stated the plain way (recursive, one growing string) — the specification the linear reader must
 * match. Fine for the small trees fast-check draws; quadratic on big ones, which is why the product does not use it.
 */
function readingRule(root: Node): string {
  let text = '';
  const breakLine = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
      else if (child.nodeName === 'BR') text += child.nextSibling ? '\n' : '';
      else if (/^(P|DIV|LI|UL|OL|BLOCKQUOTE|PRE|H[1-6])$/.test(child.nodeName)) {
        breakLine();
        walk(child);
        breakLine();
      } else walk(child);
    }
  };
  walk(root);
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

describe('mapEditableText on large and odd boxes', () => {
  const paragraphs = (count: number) =>
    Array.from({ length: count }, (_, i) => `<p>Paragraph ${i}, <b>bold ${i}</b> and more.</p>`).join('');

  it('maps a 10,000-paragraph paste with every offset round-tripping', () => {
    const root = editor(paragraphs(10_000));
    const map = mapEditableText(root);
    expect(map.segments).toHaveLength(30_000);
    expect(map.text.split('\n')).toHaveLength(10_000);
    expect(map.text.split('\n')[9_876]).toBe('Paragraph 9876, bold 9876 and more.');
    expectRoundTrip(map, 100);
  });

  it('maps <br>-separated lines, empty blocks and lists the same way at scale', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `line ${i}`).join('<br>');
    const root = editor(`<div>${lines}</div><p><br></p><ul><li>one</li><li>two</li></ul><p></p><p>end</p>`);
    const map = mapEditableText(root);
    expect(map.text).toBe(readingRule(root));
    expect(map.text.endsWith('line 4999\none\ntwo\nend')).toBe(true);
    expectRoundTrip(map, 200);
  });

  it('reads a box nested 50,000 levels deep without overflowing the stack', () => {
    // A bare node chain (what the reader touches of the DOM): jsdom itself takes minutes to build one this deep.
    interface Bare {
      nodeType: number;
      nodeName: string;
      data?: string;
      length?: number;
      firstChild: Bare | null;
      nextSibling: Bare | null;
      parentNode: Bare | null;
    }
    const bare = (nodeName: string, parentNode: Bare | null): Bare => {
      const node: Bare = { nodeType: 1, nodeName, firstChild: null, nextSibling: null, parentNode };
      if (parentNode) parentNode.firstChild = node;
      return node;
    };
    const root = bare('DIV', null);
    let inner = root;
    for (let i = 0; i < 50_000; i++) inner = bare(i % 2 ? 'DIV' : 'SPAN', inner);
    const deep = bare('#text', inner);
    Object.assign(deep, { nodeType: Node.TEXT_NODE, data: 'deep words', length: 10 });
    const after = bare('#text', null);
    Object.assign(after, { nodeType: Node.TEXT_NODE, data: 'after', length: 5, parentNode: root });
    root.firstChild!.nextSibling = after;
    const map = mapEditableText(root as unknown as Node);
    expect(map.text).toBe('deep words\nafter');
    expect(map.segments.map((segment) => segment.start)).toEqual([0, 11]);
  });

  type Tree = string | { tag: string; children: Tree[] };
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('', 'a', 'Hi Ada,', 'two words', ' ', 'line\n'),
      fc.record({
        tag: fc.constantFrom('p', 'div', 'li', 'ul', 'b', 'span', 'br', 'h2', 'pre'),
        children: fc.array(tie('tree'), { maxLength: 4 }),
      }),
    ),
  }));
  const build = (node: Tree): Node => {
    if (typeof node === 'string') return document.createTextNode(node);
    const element = document.createElement(node.tag);
    if (node.tag !== 'br') element.append(...node.children.map(build));
    return element;
  };
  it('matches the reading rule on any mix of blocks, inline markup, breaks and text', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (trees) => {
        const root = editor('');
        root.append(...trees.map(build));
        const map = mapEditableText(root);
        expect(map.text).toBe(readingRule(root));
        expectRoundTrip(map, map.segments.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads at most `limit` characters of any box: the start of the full reading, and says when there is more', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.nat(40), (trees, limit) => {
        const root = editor('');
        root.append(...trees.map(build));
        const whole = readingRule(root);
        const map = mapEditableText(root, limit);
        expect(map.text).toBe(whole.slice(0, limit));
        expect(Boolean(map.cut)).toBe(whole.length > limit);
        // The last node read may reach past the limit; every node that starts within the text maps back.
        const read = map.segments.filter((segment) => segment.start < map.text.length);
        expectRoundTrip({ ...map, segments: read }, read.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading a huge box', () => {
  it('walks only the start of a 50,000-paragraph paste: the nodes past the limit are never touched', () => {
    const root = editor('');
    for (let i = 0; i < 50_000; i++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Paragraph ${i}: thanks again for the routing talk, could we maybe compare notes?`;
      root.append(paragraph);
    }
    // Past the limit, reading any node's children fails the test: the reader must have stopped before.
    for (const paragraph of [...root.children].slice(200))
      Object.defineProperty(paragraph, 'firstChild', {
        get: () => {
          throw new Error('read past the limit');
        },
      });
    const map = mapEditableText(root, DRAFT_READ_CHARS);
    expect(map.text).toHaveLength(DRAFT_READ_CHARS);
    expect(map.cut).toBe(true);
    expect(map.text.split('\n')[100]).toBe(
      'Paragraph 100: thanks again for the routing talk, could we maybe compare notes?',
    );
    expect(map.segments.length).toBeLessThan(200);
  });

  it('reads a box as the editor does: capped, with how much more there is, for contenteditables and textareas', () => {
    const box = editor(`<p>${'word '.repeat(3_000)}</p>`.repeat(2));
    const contentEditable = contentEditableText(box);
    expect(contentEditable.read()).toHaveLength(DRAFT_READ_CHARS);
    expect(contentEditable.cut()).toBe(true);
    box.innerHTML = '<p>Hi Ada,</p><p>short</p>';
    expect([contentEditable.read(), contentEditable.cut()]).toEqual(['Hi Ada,\nshort', false]);

    const textarea = document.createElement('textarea');
    textarea.value = 'x'.repeat(DRAFT_READ_CHARS + 1);
    const plain = textareaText(textarea);
    expect([plain.read().length, plain.cut()]).toEqual([DRAFT_READ_CHARS, true]);
    plain.mirror.sync();
    expect(plain.mirror.textNode.length).toBe(DRAFT_READ_CHARS);
    textarea.value = 'Hi Ada';
    expect([plain.read(), plain.cut()]).toEqual(['Hi Ada', false]);
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
