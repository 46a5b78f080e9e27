import { describe, expect, it } from 'vitest';
import { launchedForThisFile } from './harness/fixture';
import { exportAll } from './harness/messages';
import { type FixturePerson, profilePage, topCard } from './harness/profile-page';

const chiara: FixturePerson = {
  slug: 'chiara-moretti-e2e',
  name: 'Chiara Moretti',
  headline: 'Data scientist at Lumen Labs',
  location: 'Turin, Italy',
  company: 'Lumen Labs',
  degree: 2,
  mutual: { names: ['Dana Ruiz', 'Emil Sato'], others: 2 },
};
const dmitri: FixturePerson = {
  slug: 'dmitri-volkov-e2e',
  name: 'Dmitri Volkov',
  headline: 'Head of Partnerships at Orbital Freight',
  location: 'Riga, Latvia',
  company: 'Orbital Freight',
  degree: 1,
};

// LinkedIn moves between profiles without a page load: the address changes first, the new top card renders a
// moment later — here when the test calls renderNextCard(), not on a timer. The stale card must not be stored
// under the new address.
const spaScript = `
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-spa]');
    if (!link) return;
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
  });
  window.renderNextCard = () => {
    document.querySelector('main').innerHTML = ${JSON.stringify(topCard(dmitri))};
    document.title = ${JSON.stringify(`${dmitri.name} | LinkedIn`)};
  };
  document.querySelector('main').insertAdjacentHTML('beforeend',
    '<aside><a data-spa href="/in/${dmitri.slug}/">People also viewed: ${dmitri.name}</a></aside>');
`;

const rapport = launchedForThisFile({
  [`/in/${chiara.slug}/`]: profilePage(chiara, spaScript),
  [`/in/${dmitri.slug}/`]: profilePage({ ...dmitri, headline: 'VP Partnerships at Orbital Freight' }),
});

describe('profile capture', () => {
  it('follows in-page navigation and shows the new person in the popup', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${chiara.slug}/`);
    const popup = await rapport.openExtensionPage('popup');
    await popup.getByRole('heading', { name: /Chiara Moretti/ }).waitFor();
    expect(await popup.getByText('2 mutual connections', { exact: false }).count()).toBe(0);
    // Four mutual connections, two of them named: the brief's one line of what you share.
    // The brief is computed after the person is shown: wait for the line (failing if it never comes) rather than
    // read its visibility once.
    await popup
      .getByText(/^In common: You both know Dana Ruiz, Emil Sato and 2 others/)
      .waitFor({ state: 'visible' });
    await popup.close();

    await tab.bringToFront();
    await tab.getByRole('link', { name: /People also viewed/ }).click();
    // Chromium reports pushState to the capture at once (Navigation API), and the capture reads the page in a 0 ms
    // task queued then; a 0 ms task queued after it in the same frame runs after it. So once this returns, the
    // capture has read the new address with Chiara's card still on it: a capture that took the stale card would
    // now hold it (and store it, or never store Dmitri). Then the new card arrives.
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(tab.url()).toBe(`https://www.linkedin.com/in/${dmitri.slug}/`);
    expect(await tab.getByRole('heading', { name: 'Chiara Moretti' }).count()).toBe(1);
    await tab.evaluate(() => (window as unknown as { renderNextCard: () => void }).renderNextCard());

    const popupAfter = await rapport.openExtensionPage('popup');
    await popupAfter.getByRole('heading', { name: /Dmitri Volkov/ }).waitFor();
    const stored = await exportAll(popupAfter);
    const byId = Object.fromEntries(stored.contacts.map((c) => [c.id, c]));
    expect(byId[dmitri.slug]?.name).toBe('Dmitri Volkov');
    expect(byId[chiara.slug]?.name).toBe('Chiara Moretti');
    expect(stored.contacts).toHaveLength(2);
  });

  it('keeps the user’s corrections over later captures, and history of what changed', async () => {
    const popup = await rapport.openExtensionPage('popup');
    await popup.getByRole('heading', { name: /Dmitri Volkov/ }).waitFor();
    await popup.getByRole('button', { name: 'Correct details' }).click();
    await popup.getByRole('textbox', { name: 'Location' }).fill('Tallinn, Estonia');
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByText('Tallinn, Estonia').waitFor();

    // A full load of the same profile shows a new headline and the old location.
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${dmitri.slug}/`);
    await popup.getByText('VP Partnerships at Orbital Freight', { exact: true }).waitFor();
    expect(await popup.getByText('Tallinn, Estonia').isVisible()).toBe(true);
    const contact = (await exportAll(popup)).contacts.find((c) => c.id === dmitri.slug);
    expect(contact?.location).toBe('Tallinn, Estonia');
    expect(contact?.history).toContainEqual(
      expect.objectContaining({ field: 'headline', value: 'Head of Partnerships at Orbital Freight' }),
    );
    await popup.getByRole('tab', { name: 'History' }).click();
    await popup.getByText(/Changed since you first saw them \(1\)/).click();
    expect(await popup.getByRole('list', { name: 'Profile history' }).textContent()).toContain(
      'Headline was “Head of Partnerships at Orbital Freight”',
    );
  });
});
