// Takes the README's screenshot: the popup on an invented person's profile, with history and a draft.
// Run after `npm run build`: `npm run screenshot`.
import { resolve } from 'node:path';
import { launchRapport } from '../tests/e2e/harness/extension';
import { sendRaw } from '../tests/e2e/harness/messages';
import { profilePage } from '../tests/e2e/harness/profile-page';

const person = {
  slug: 'maya-okafor-demo',
  name: 'Maya Okafor',
  headline: 'Head of Developer Relations at Brightline Cloud',
  location: 'Lagos, Nigeria',
  company: 'Brightline Cloud',
  degree: 2 as const,
  mutual: { names: ['Tomás Reyes', 'Lin Wei'], others: 5 },
};
const DAY = 86_400_000;

const rapport = await launchRapport();
try {
  rapport.serve(`/in/${person.slug}/`, profilePage(person));
  const tab = await rapport.context.newPage();
  await tab.goto(`https://www.linkedin.com/in/${person.slug}/`);
  const popup = await rapport.openExtensionPage('popup');
  await popup.setViewportSize({ width: 400, height: 1100 });
  await popup.getByRole('heading', { name: /Maya Okafor/ }).waitFor();
  const now = Date.now();
  const log = (kind: string, actor: string, at: number, context = '') =>
    sendRaw(popup, {
      type: 'interaction/log',
      payload: { contactId: person.slug, kind, actor, at, context },
    });
  await log('met', 'me', now - 30 * DAY, 'API Days Lagos');
  await log('helped', 'them', now - 20 * DAY, 'intro to their platform team');
  await log('asked', 'me', now - 6 * DAY, 'feedback on our SDK docs');
  await popup
    .getByRole('textbox', { name: 'Draft message' })
    .fill(
      'Hi Maya, sorry to bother you again! Could you just review our SDK docs ASAP? I need it by Friday.',
    );
  await popup.getByRole('list', { name: 'Tone hints' }).waitFor();
  await popup.screenshot({ path: resolve(import.meta.dirname, '../docs/screenshot.png'), fullPage: true });
  console.log('wrote docs/screenshot.png');
} finally {
  await rapport.close();
}
