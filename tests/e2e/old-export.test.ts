import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../unit/import/fixture-export';
import { launchedForThisFile } from './harness/fixture';
import { exportAll } from './harness/messages';
import { type FixturePerson, profilePage } from './harness/profile-page';

// An export made before 2024 (tests/fixtures/linkedin-export/2019-names): no profile addresses anywhere.
const marguerite: FixturePerson = {
  slug: 'marguerite-osei-e2e',
  name: 'Marguerite Osei',
  headline: 'Controls lead at Tidewater Robotics',
  location: 'Halifax, Canada',
  company: 'Tidewater Robotics',
  degree: 1,
};
// Two connections of the export are named Sam Lee, and this page names neither company.
const sam: FixturePerson = {
  slug: 'sam-lee-e2e',
  name: 'Sam Lee',
  headline: 'Family nurse practitioner',
  location: 'Portland, Oregon',
  company: 'Riverside Health',
  degree: 1,
};
const MARGUERITE_KEY = 'unlinked/marguerite osei/2019-02-14';

const rapport = launchedForThisFile({
  [`/in/${marguerite.slug}/`]: profilePage(marguerite),
  [`/in/${sam.slug}/`]: profilePage(sam),
});

describe('an export from before 2024', () => {
  it('imports every connection without an address; a visit joins the record, history kept; a doubtful name asks', async () => {
    const options = await rapport.openExtensionPage('options');
    const files = fixtureFiles('2019-names');
    const zip = zipSync(
      Object.fromEntries(files.map((f) => [`Basic_LinkedInDataExport/${f.name}`, f.bytes])),
    );
    await options
      .getByLabel('LinkedIn export (zip or CSV files)')
      .setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await options.getByRole('button', { name: /^Import \d+ rows$/ }).click();
    const done = options.getByText(/^Imported: /);
    await done.waitFor();
    // Five named connections (a hidden member and a repeated row left out), their three messages and the
    // invitation matched by name, and the five days they connected.
    expect(await done.textContent()).toBe('Imported: 5 new contacts, 0 updated, 9 interactions.');
    const imported = await exportAll(options);
    expect(imported.contacts.map((c) => [c.name, c.profileUrl]).sort()).toEqual([
      ['Bartholomew Quist', ''],
      ['Marguerite Osei', ''],
      ['Sam Lee', ''],
      ['Sam Lee', ''],
      ['Yusra Haddad', ''],
    ]);

    // Her page: same name, her export company in the headline, a 1st-degree connection: one record from now on.
    const tab = await rapport.context.newPage();
    await tab.goto(`https://www.linkedin.com/in/${marguerite.slug}/`);
    const stored = async () => (await exportAll(options)).contacts.some((c) => c.id === marguerite.slug);
    await expect.poll(stored, { timeout: 15_000 }).toBe(true);
    const joined = await exportAll(options);
    expect(joined.contacts.some((c) => c.id === MARGUERITE_KEY)).toBe(false);
    expect(joined.contacts.find((c) => c.id === marguerite.slug)?.aliases).toEqual([MARGUERITE_KEY]);
    expect(
      joined.interactions
        .filter((i) => i.contactId === marguerite.slug)
        .map((i) => i.kind)
        .sort(),
    ).toEqual(['connected', 'message-received', 'message-sent', 'visit']);
    const popup = await rapport.openExtensionPage('popup');
    await popup.getByRole('heading', { name: /Marguerite Osei/ }).waitFor();
    await popup.getByRole('tab', { name: 'History' }).click();
    await popup.getByText(/^Changed since you first saw them/).click();
    await popup.getByText(/Joined with your LinkedIn export’s record of Marguerite Osei/).waitFor();
    await popup.close();

    // Sam Lee: two records of that name, neither company on the page. The user is asked, never guessed for.
    await tab.goto(`https://www.linkedin.com/in/${sam.slug}/`);
    const ask = await rapport.openExtensionPage('popup');
    const question = ask.getByRole('region', { name: 'Same person?' });
    await question.getByText('Your LinkedIn export has 2 connections named Sam Lee').waitFor();
    const afterVisit = await exportAll(options);
    expect(
      afterVisit.contacts
        .filter((c) => c.name === 'Sam Lee')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['sam-lee-e2e', 'unlinked/sam lee/2019-03-03', 'unlinked/sam lee/2019-07-19']);
    await question
      .getByRole('listitem')
      .filter({ hasText: 'Nurse Practitioner at Larchwood Clinic' })
      .getByRole('button', { name: 'This one' })
      .click();
    await question.waitFor({ state: 'detached' });
    const answered = await exportAll(options);
    expect(answered.contacts.find((c) => c.id === sam.slug)?.aliases).toEqual([
      'unlinked/sam lee/2019-07-19',
    ]);
    expect(answered.contacts.some((c) => c.id === 'unlinked/sam lee/2019-03-03')).toBe(true);
  });
});
