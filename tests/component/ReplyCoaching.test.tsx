// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplyCoaching } from '../../components/tone/ReplyCoaching';
import { coachFromHeard } from '../../lib/coach/from-heard';
import { type HeardMessage, HeardMessageSchema } from '../../lib/schema/heard-message';

afterEach(cleanup);

// The popup's draft box coached as a reply (issue 14, item 2): their messages Rapport read in the conversation.
const heard = (overrides: Partial<HeardMessage>): HeardMessage =>
  HeardMessageSchema.parse({
    id: 'm1',
    contactId: 'ines',
    at: 0,
    intent: 'other',
    questions: 0,
    mood: null,
    ...overrides,
  });

const coaching = () => screen.queryByRole('list', { name: 'Your reply to them' });

describe('ReplyCoaching under the popup draft', () => {
  it('names their question with its why, warnings first, and drops it once the draft answers', () => {
    const theirs = [
      heard({
        excerpt: 'So sorry about the delay, I was worried. Are you free on Thursday for a call?',
        questions: 1,
        mood: 'worried',
      }),
    ];
    const { rerender } = render(
      <ReplyCoaching coach={coachFromHeard} heard={theirs} draft="Hope the summer treats you well." />,
    );
    const items = within(coaching()!).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.severity)).toEqual(['warning', 'warning']);
    expect(items[0]!.textContent).toContain('They asked: “Are you free on Thursday for a call?”');
    expect(within(items[0]!).getByRole('link', { name: 'Active Listening' }).getAttribute('href')).toBe(
      '/why.html#active-listening',
    );
    expect(coaching()!.textContent).toMatch(/They sound worried/);

    rerender(
      <ReplyCoaching
        coach={coachFromHeard}
        heard={theirs}
        draft="I understand, no worries at all. Yes, Thursday works for me."
      />,
    );
    expect(coaching()!.textContent).not.toContain('They asked');
    expect(
      within(coaching()!)
        .getAllByRole('listitem')
        .map((item) => item.dataset.severity),
    ).toEqual(['info']);
  });

  it('says nothing without their messages or before the user writes', () => {
    render(<ReplyCoaching coach={coachFromHeard} heard={[]} draft="Hi Ines" />);
    expect(coaching()).toBeNull();
    cleanup();
    render(<ReplyCoaching coach={coachFromHeard} heard={[heard({ questions: 1 })]} draft="" />);
    expect(coaching()).toBeNull();
  });
});
