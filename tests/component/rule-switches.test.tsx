// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FollowUpSettings } from '../../components/follow-up/FollowUpSettings';
import { ToneSettings } from '../../components/tone/ToneSettings';
import { readSettings } from '../../lib/settings/storage';
import { serveBackground } from '../support/background';

beforeEach(() => {
  fakeBrowser.reset();
  serveBackground();
});
afterEach(cleanup);

// The tone rule "Give before you ask" and the nudge "Offer before asking again" share the id `ask-before-give`;
// once one switch turned both off.
it('switching the tone rule off leaves the nudge of the same id on, and the other way round', async () => {
  const user = userEvent.setup();
  render(
    <>
      <ToneSettings />
      <FollowUpSettings />
    </>,
  );
  // The tone rules' list comes with the tone engine, loaded on first use.
  const toneRule = await screen.findByRole('checkbox', { name: 'Give before you ask' }, { timeout: 15_000 });
  const nudge = screen.getByRole('checkbox', { name: 'Offer before asking again' });
  await user.click(toneRule);
  await waitFor(() => expect((toneRule as HTMLInputElement).checked).toBe(false));
  expect((nudge as HTMLInputElement).checked).toBe(true);
  await waitFor(async () => expect((await readSettings()).disabledRules).toEqual(['tone:ask-before-give']));
  await user.click(nudge);
  await user.click(toneRule);
  await waitFor(() => expect((toneRule as HTMLInputElement).checked).toBe(true));
  expect((nudge as HTMLInputElement).checked).toBe(false);
  await waitFor(async () => expect((await readSettings()).disabledRules).toEqual(['nudge:ask-before-give']));
});
