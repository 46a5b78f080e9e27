import { describe, expect, it } from 'vitest';
import { launchedForThisFile } from './harness/fixture';
import { type FixturePerson, profilePage } from './harness/profile-page';

const farah: FixturePerson = {
  slug: 'farah-haddad-e2e',
  name: 'Farah Haddad',
  headline: 'Robotics researcher at Helix Dynamics',
  location: 'Amman, Jordan',
  company: 'Helix Dynamics',
  degree: 2,
};

const rapport = launchedForThisFile({
  [`/in/${farah.slug}/`]: profilePage(farah),
});

describe('the popup draft box', () => {
  it('checks a draft to the person on the open profile, using what Rapport knows about them', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${farah.slug}/`);
    const popup = await rapport.openExtensionPage('popup');
    await popup.getByRole('heading', { name: 'Draft to Farah' }).waitFor();
    const draft = popup.getByRole('textbox', { name: 'Draft message' });
    const hints = popup.getByRole('list', { name: 'Tone hints' });

    await draft.fill("I'd like to add you to my professional network.");
    await hints.getByText(/Nothing here is specific to them.*Helix Dynamics/).waitFor();

    // Naming something from their profile is the personal reference the hint asked for.
    await draft.fill(
      'Hi Farah, your robotics work at Helix Dynamics caught my eye. What are you exploring next?',
    );
    await popup.getByRole('status').filter({ hasText: /./ }).first().waitFor();
    await expect.poll(() => hints.getByText(/Nothing here is specific to them/).count()).toBe(0);
    expect(await popup.getByText(/^Warm \d+$/).isVisible()).toBe(true);
  });
});
