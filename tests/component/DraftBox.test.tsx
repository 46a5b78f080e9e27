// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftBox } from '../../components/tone/DraftBox';
import { ContactSchema } from '../../lib/schema/contact';

afterEach(cleanup);

const contact = ContactSchema.parse({
  id: 'lea-fontaine',
  profileUrl: 'https://www.linkedin.com/in/lea-fontaine/',
  name: 'Léa Fontaine',
  company: 'Atelier Nord',
  headline: 'Design lead at Atelier Nord',
  firstSeenAt: 0,
  lastSeenAt: 0,
});

describe('DraftBox', () => {
  it('checks the tone live and marks the hinted text', async () => {
    const user = userEvent.setup();
    render(<DraftBox contact={contact} />);
    expect(screen.getByRole('heading', { name: 'Draft to Léa' })).toBeTruthy();
    await user.type(
      screen.getByRole('textbox', { name: 'Draft message' }),
      'Sorry to bother you, I need this ASAP!!!',
    );
    // The tone engine loads on first use (its own chunk): on a busy machine that takes longer than findBy's 1 s.
    const hints = await screen.findByRole('list', { name: 'Tone hints' }, { timeout: 15_000 });
    expect(hints.textContent).toMatch(/Reciprocity|Overcoming Barriers|Be Aware of Tone/);
    const marked = screen.getByLabelText('Draft with hints marked').querySelectorAll('mark');
    expect([...marked].map((m) => m.textContent)).toEqual(expect.arrayContaining(['ASAP']));
    expect(screen.getByText(/^Warm \d+$/)).toBeTruthy();
  });

  it('applies a suggestion in one click and the report follows', async () => {
    const user = userEvent.setup();
    render(<DraftBox initialText="I'm just a quick note, sorry to bother you." />);
    // The tone engine loads on first use (its own chunk): the hints follow it.
    await screen.findByRole('list', { name: 'Tone hints' }, { timeout: 15_000 });
    const before = screen.getAllByRole('listitem').map((item) => item.textContent);
    const apply = screen.getAllByRole('button', { name: /^(Use “|Remove it)/ })[0];
    expect(apply).toBeTruthy();
    await user.click(apply!);
    const textarea = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft message' });
    expect(textarea.value).not.toBe("I'm just a quick note, sorry to bother you.");
    // At most three hints show: the fixed one goes, and the next in line may take its place.
    const after = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(after).not.toEqual(before);
    expect(after.length).toBeLessThanOrEqual(3);
  });

  it('says nothing about an empty draft', () => {
    render(<DraftBox />);
    expect(screen.queryByRole('list', { name: 'Tone hints' })).toBeNull();
  });
});
