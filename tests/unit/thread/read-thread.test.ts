// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.linkedin.com/messaging/thread/2-x/" }
import { describe, expect, it, vi } from 'vitest';
import { shownMoment } from '../../../lib/thread/message-time';
import { openThreadRoots, readThread, readThreadSliced } from '../../../lib/thread/read-thread';
import { conversationOf, unansweredRun } from '../../../lib/thread/thread-watch';
import {
  groupThreadPage,
  ME,
  overlayThreadsPage,
  type ThreadEvent,
  threadEvent,
  threadPage,
} from '../../e2e/harness/threads';

const ada = { slug: 'ada-example', name: 'Ada Example' };
const bo = { slug: 'bo-example', name: 'Bo Example' };
const now = new Date(2026, 10, 28, 12).getTime(); // Saturday 28 November 2026, local time

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

const readOnly = () => readThread(openThreadRoots()[0]!);

describe('readThread', () => {
  it('attributes each message through its group head, continuations included, and dates it', () => {
    load(
      threadPage(ada, [
        { day: 'Nov 25, 2026' },
        { from: ME, time: '9:15 AM', text: 'Lovely to meet you.' },
        { from: ada, time: '10:00 AM', text: 'Likewise!', urn: '2-a-1' },
        { from: ada, text: 'Are you free Thursday?', urn: '2-a-2', continues: true },
      ]),
    );
    const reading = readOnly();
    expect(reading.status).toBe('read');
    if (reading.status !== 'read') return;
    expect(reading.participant).toEqual({ profileId: ada.slug, name: ada.name });
    expect(reading.messages.map((m) => [m.from, m.text])).toEqual([
      ['me', 'Lovely to meet you.'],
      ['them', 'Likewise!'],
      ['them', 'Are you free Thursday?'],
    ]);
    // The labels as shown; the worker reads them into moments (lib/thread/message-time.ts › shownMoment).
    expect(reading.messages.map((m) => [m.day, m.time])).toEqual([
      ['Nov 25, 2026', '9:15 AM'],
      ['Nov 25, 2026', '10:00 AM'],
      ['Nov 25, 2026', '10:00 AM'],
    ]);
    // In New York (UTC-5 in November).
    expect(reading.messages.map((m) => shownMoment(m.day, m.time, now, 'America/New_York'))).toEqual([
      Date.parse('2026-11-25T14:15:00Z'),
      Date.parse('2026-11-25T15:00:00Z'),
      Date.parse('2026-11-25T15:00:00Z'),
    ]);
    expect(unansweredRun(reading.messages).map((m) => m.text)).toEqual([
      'Likewise!',
      'Are you free Thursday?',
    ]);
  });

  it('skips system lines and a message whose group head is not loaded yet rather than guess', () => {
    load(
      threadPage(ada, [
        { from: ada, text: 'An older message whose head scrolled away.', continues: true },
        { system: `${ada.name} accepted your invitation` },
        { from: ada, text: 'Thanks for connecting!', continues: true },
        { from: ada, text: 'Happy to help with your search.' },
      ]),
    );
    const reading = readOnly();
    expect(reading.status === 'read' && reading.messages.map((m) => m.text)).toEqual([
      'Happy to help with your search.',
    ]);
  });

  it('gives the same keys to the same messages in an overlay and on the messaging page', () => {
    const events: ThreadEvent[] = [
      { from: ada, text: 'Thanks so much for the intro!', urn: '2-x-1' },
      { from: ada, text: 'Thanks!', continues: true },
      { from: ada, text: 'Thanks!', continues: true },
    ];
    load(threadPage(ada, events));
    const page = readOnly();
    load(
      overlayThreadsPage([
        { them: bo, events: [] },
        { them: ada, events },
      ]),
    );
    const [, adaBubble] = openThreadRoots();
    const overlay = readThread(adaBubble!);
    const keys = (r: typeof page) => (r.status === 'read' ? r.messages.map((m) => m.key) : []);
    expect(keys(overlay)).toEqual(keys(page));
    expect(new Set(keys(page)).size).toBe(3);
  });

  it('leaves group conversations alone: by the header, and by a third person writing', () => {
    load(groupThreadPage([ada, bo], [{ from: ada, text: 'Thanks!' }]));
    expect(readOnly().status).toBe('group');
    // A header naming one person, but someone else writes too (LinkedIn marks others' messages).
    load(
      threadPage(ada, [
        { from: ada, text: 'Hi!' },
        { from: bo, text: 'Hi both!' },
      ]),
    );
    expect(readOnly().status).toBe('group');
  });

  it('reads nothing without a header naming a person', () => {
    load(
      `<main class="msg-convo-wrapper"><ul class="msg-s-message-list-content">${threadEvent({ from: ada, text: 'Hi' })}</ul></main>`,
    );
    expect(readOnly().status).toBe('no-participant');
  });

  it('finds every open conversation once, never one inside another', () => {
    load(
      overlayThreadsPage([
        { them: ada, events: [] },
        { them: bo, events: [] },
      ]),
    );
    expect(openThreadRoots()).toHaveLength(2);
    load(threadPage(ada, []));
    expect(openThreadRoots()).toHaveLength(1);
  });

  it('keeps page-derived text clean: control characters go, length is capped', () => {
    load(threadPage(ada, [{ from: ada, text: `Hi\u202Ethere ${'x'.repeat(9_000)}` }]));
    const reading = readOnly();
    const [message] = reading.status === 'read' ? reading.messages : [];
    expect(message?.text.startsWith('Hithere')).toBe(true);
    expect(message?.text.length).toBeLessThanOrEqual(8_000);
  });

  it('reads a 500-message conversation in short tasks to the same result, giving the page its turn between them', async () => {
    const events: ThreadEvent[] = [{ day: 'Nov 2, 2026' }];
    for (let i = 0; i < 500; i++)
      events.push({
        from: i % 4 < 2 ? ada : ME,
        text: `Message ${i}`,
        urn: `u-${i}`,
        continues: i % 2 === 1,
      });
    load(threadPage(ada, events));
    const whole = readOnly();
    expect(whole.status === 'read' && whole.messages.length).toBe(500);
    // A slow page: every step overruns the budget, so the reading yields after each one.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    const yields = vi.spyOn(globalThis, 'setTimeout');
    try {
      expect(await readThreadSliced(openThreadRoots()[0]!)).toEqual(whole);
      expect(yields.mock.calls.length).toBeGreaterThanOrEqual(500 / 25 - 1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('conversationOf: where a draft sits, for the tone engine', () => {
  const situation = (events: ThreadEvent[]) => {
    load(threadPage(ada, events));
    const reading = readOnly();
    if (reading.status !== 'read') throw new Error(reading.status);
    return conversationOf(reading.messages);
  };

  it('is a reply to their last message, which is `previous`', () => {
    expect(
      situation([
        { from: ME, time: '9:15 AM', text: 'Lovely to meet you.' },
        { from: ada, time: '10:00 AM', text: 'Likewise!' },
        { from: ada, text: 'Are you free Thursday?', continues: true },
      ]),
    ).toEqual({
      theirs: ['Likewise!', 'Are you free Thursday?'],
      position: 'reply',
      previous: 'Are you free Thursday?',
    });
  });

  it('is a nudge after the user’s own unanswered message, and a first message in an empty thread', () => {
    expect(
      situation([
        { from: ada, time: '10:00 AM', text: 'Are you free Thursday?' },
        { from: ME, time: '11:00 AM', text: 'Yes, Thursday works.' },
      ]),
    ).toEqual({ theirs: [], position: 'nudge' });
    expect(situation([])).toEqual({ theirs: [], position: 'first' });
    // A system line is no message: after "accepted your invitation" the draft still opens the conversation.
    expect(situation([{ system: `${ada.name} accepted your invitation` }])).toEqual({
      theirs: [],
      position: 'first',
    });
  });
});
