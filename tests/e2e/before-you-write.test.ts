import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type RapportBrowser } from './harness/extension';
import { exportAll } from './harness/messages';
import { openBrief } from './harness/popup';
import { type SduiPerson, sduiProfilePage } from './harness/sdui-page';

// Invented people in LinkedIn's 2026 layout. The user studied at the same school as Ngozi, a second-degree
// contact; Dara changes jobs between two visits.
const kim: SduiPerson = {
  slug: 'kim-oduya-e2e',
  name: 'Kim Oduya',
  headline: 'Cold-chain engineer',
  location: 'Gdańsk, Poland',
  own: true,
  experience: [{ title: 'Engineer', company: 'Harbour Labs', dates: 'Jan 2022 - Present' }],
  education: [{ school: 'AGH University of Kraków', degree: 'MSc, Transport', dates: '2012 - 2017' }],
};
const ngozi: SduiPerson = {
  slug: 'ngozi-balewa-e2e',
  name: 'Ngozi Balewa',
  headline: 'Founder of a solar cold-room start-up | Mentor at Kraków Hub',
  location: 'Kraków, Poland',
  degree: 2,
  experience: [{ title: 'Founder', company: 'Chłodnia Solar', dates: 'Mar 2023 - Present' }],
  education: [{ school: 'AGH University of Kraków', degree: 'BEng', dates: '2014 - 2018' }],
  mutual: { names: ['Ifeoma Balogun', 'Kasia Nowicka'], others: 4 },
};
const dara: SduiPerson = {
  slug: 'dara-nwosu-e2e',
  name: 'Dara Nwosu',
  headline: 'Reefer operations',
  location: 'Riga, Latvia',
  degree: 1,
  experience: [{ title: 'Operations lead', company: 'Baltic Reefer', dates: '2018 - Present' }],
  education: [],
};
const daraPromoted: SduiPerson = {
  ...dara,
  experience: [
    { title: 'Head of Operations', company: 'Tidewater Freight', dates: 'Nov 2026 - Present' },
    { title: 'Operations lead', company: 'Baltic Reefer', dates: '2018 - 2026' },
  ],
};

let rapport: RapportBrowser;

beforeAll(async () => {
  rapport = await launchRapport();
  rapport.serve(`/in/${kim.slug}/`, sduiProfilePage(kim));
  rapport.serve(`/in/${ngozi.slug}/`, sduiProfilePage(ngozi));
  rapport.serve(`/in/${dara.slug}/`, sduiProfilePage(dara));
});

afterAll(async () => {
  await rapport?.close();
});

describe('Before you write', () => {
  it('after a visit to your own profile, a 2nd-degree person who shares a school gets a brief naming it', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${kim.slug}/`);
    const own = await rapport.openExtensionPage('popup');
    await own.getByText('This is your own profile').waitFor();
    await own.close();

    await tab.bringToFront();
    await tab.goto(`https://www.linkedin.com/in/${ngozi.slug}/`);
    const popup = await rapport.openExtensionPage('popup');
    const brief = popup.getByRole('region', { name: 'Before you write' });
    // Closed, the brief is one line of what you share (the mutuals, once); open, all of it.
    await brief.getByText(/^In common: /).waitFor();
    await openBrief(popup);
    const ground = brief.getByRole('list', { name: 'Shared ground' });
    await ground
      .getByText('You both studied at AGH University of Kraków (you overlapped 2014–2017)')
      .waitFor();
    expect(await ground.getByText(/You both know Ifeoma Balogun, Kasia Nowicka and 4 others/).count()).toBe(
      1,
    );
    expect(await brief.locator('p', { hasText: 'Ask:' }).textContent()).toMatch(/start Chłodnia Solar/);
    // The mutual names are shown once in the popup (the brief's shared ground), not again under the name.
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text.split('Ifeoma Balogun').length - 1).toBe(1);
    expect(await popup.getByRole('heading', { name: /Ngozi Balewa · 2nd/ }).count()).toBe(1);

    const stored = await exportAll(popup);
    expect(stored.contacts.map((c) => c.id)).toEqual([ngozi.slug]);
    expect(stored.ownProfile[0]).toMatchObject({ publicId: kim.slug, company: 'Harbour Labs' });
    expect(rapport.leaks).toEqual([]);
  });

  it('a title change between two visits puts a congratulation in the side panel and in the brief', async () => {
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${dara.slug}/`);
    const first = await rapport.openExtensionPage('popup');
    await first.getByRole('heading', { name: /Dara Nwosu/ }).waitFor();
    await first.close();

    rapport.serve(`/in/${dara.slug}/`, sduiProfilePage(daraPromoted));
    await tab.bringToFront();
    await tab.reload();
    const popup = await rapport.openExtensionPage('popup');
    await popup.getByText('Head of Operations · Tidewater Freight').waitFor();
    await openBrief(popup);
    await popup
      .getByRole('list', { name: 'New since your last visit' })
      .getByText(/Head of Operations/)
      .waitFor();

    const panel = await rapport.openExtensionPage('sidepanel');
    const item = panel
      .getByRole('listitem')
      .filter({ has: panel.getByRole('button', { name: 'Dara Nwosu' }) })
      .filter({ hasText: 'Congratulate them on the new role' });
    await item.waitFor();
    await item.getByRole('button', { name: 'Details' }).click();
    await panel
      .getByText(/Head of Operations at Tidewater Freight \(was Operations lead at Baltic Reefer\)/)
      .waitFor();
  });
});
