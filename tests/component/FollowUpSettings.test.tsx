// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FollowUpSettings } from '../../components/follow-up/FollowUpSettings';
import { parseTagCadences } from '../../components/follow-up/TagCadences';
import { readSettings } from '../../lib/settings/storage';
import { serveBackground } from '../support/background';

beforeEach(() => {
  fakeBrowser.reset();
  serveBackground();
});
afterEach(cleanup);

describe('parseTagCadences', () => {
  it.each([
    ['mentor: 30\n\nInvestor : 90', { cadences: { mentor: 30, investor: 90 } }],
    ['', { cadences: {} }],
    ['mentor: 30\nmentor thirty', { badLine: 2 }],
    ['friends: 0', { badLine: 1 }],
  ])('%j', (text, expected) => {
    expect(parseTagCadences(text)).toEqual(expected);
  });
});

describe('FollowUpSettings', () => {
  it('switches a queue rule off and on, with its reason shown', async () => {
    const user = userEvent.setup();
    render(<FollowUpSettings />);
    const weakTies = screen.getByRole('checkbox', { name: 'Weak ties worth reviving' });
    expect(screen.getAllByRole('link', { name: 'Diversify Your Network' }).length).toBeGreaterThan(0);
    await user.click(weakTies);
    await waitFor(async () => expect((await readSettings()).disabledRules).toContain('queue:weak-tie'));
    await user.click(weakTies);
    await waitFor(async () => expect((await readSettings()).disabledRules).not.toContain('queue:weak-tie'));
  });

  it('saves valid numbers and tag cadences, and refuses invalid ones', async () => {
    render(<FollowUpSettings />);
    const weakTieDays = screen.getByRole('spinbutton', { name: /weak tie after/ });
    fireEvent.change(weakTieDays, { target: { value: '3' } });
    fireEvent.blur(weakTieDays);
    expect(weakTieDays.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(weakTieDays, { target: { value: '120' } });
    fireEvent.blur(weakTieDays);
    await waitFor(async () => expect((await readSettings()).weakTieDays).toBe(120));

    const cadences = screen.getByRole('textbox', { name: /cadence per tag/ });
    fireEvent.change(cadences, { target: { value: 'mentor: 30\nnot a cadence' } });
    fireEvent.blur(cadences);
    expect(screen.getByText(/Line 2 is not "tag: days"/)).toBeTruthy();
    expect((await readSettings()).tagCadences).toEqual({});
    fireEvent.change(cadences, { target: { value: 'mentor: 30' } });
    fireEvent.blur(cadences);
    await waitFor(async () => expect((await readSettings()).tagCadences).toEqual({ mentor: 30 }));
  });
});
