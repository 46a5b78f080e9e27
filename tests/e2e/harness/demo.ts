import type { Page } from 'playwright-core';
import type { Backup } from '../../../lib/protocol/backup';
import { BACKUP_FORMAT_VERSION } from '../../../lib/protocol/backup';
import { type Commitment, CommitmentSchema } from '../../../lib/schema/commitment';
import { type Contact, ContactSchema } from '../../../lib/schema/contact';
import { type HeardMessage, HeardMessageSchema } from '../../../lib/schema/heard-message';
import { type Interaction, InteractionSchema } from '../../../lib/schema/interaction';
import { sendRaw } from './messages';
import type { FixturePerson } from './profile-page';

/**
 * A fixed moment for screenshots and layout checks, so regenerated images do not change with today's date:
 * a Wednesday morning, UTC.
 */
export const DEMO_NOW = Date.parse('2026-03-18T09:30:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The person on the open profile in screenshots and geometry checks (invented). */
export const MAYA: FixturePerson = {
  slug: 'maya-okafor-demo',
  name: 'Maya Okafor',
  headline: 'Head of Developer Relations at Brightline Cloud · Speaker · Open-source maintainer',
  location: 'Lagos, Nigeria',
  company: 'Brightline Cloud',
  degree: 2,
  mutual: { names: ['Tomás Reyes', 'Lin Wei'], others: 5 },
};

// Invented people with something due: enough for the queue to fill an 800 px side panel.
const PEOPLE: [slug: string, name: string, title: string, company: string, location: string][] = [
  ['tomas-reyes-demo', 'Tomás Reyes', 'Staff Engineer', 'Quillwork', 'Valparaíso, Chile'],
  ['lin-wei-demo', 'Lin Wei', 'Product Manager', 'Northwind Cargo', 'Singapore'],
  ['ada-lindqvist-demo', 'Ada Lindqvist', 'Design Lead', 'Atelier Nord', 'Stockholm, Sweden'],
  ['farah-haddad-demo', 'Farah Haddad', 'Founder', 'Helix Dynamics', 'Amman, Jordan'],
  ['jonas-berg-demo', 'Jonas Berg', 'Recruiter', 'Lumen Labs', 'Oslo, Norway'],
  ['priya-nair-demo', 'Priya Nair', 'Data Scientist', 'Orbital Freight', 'Bengaluru, India'],
  ['sam-osei-demo', 'Sam Osei', 'VP Sales', 'Kestrel Pay', 'Accra, Ghana'],
  ['noor-khan-demo', 'Noor Khan', 'Engineering Manager', 'Fjord Analytics', 'Manchester, UK'],
  ['elena-rossi-demo', 'Elena Rossi', 'CTO', 'Vela Robotics', 'Turin, Italy'],
  ['kenji-mori-demo', 'Kenji Mori', 'Developer Advocate', 'Tidepool', 'Osaka, Japan'],
  ['grace-adeyemi-demo', 'Grace Adeyemi', 'Head of People', 'Brightline Cloud', 'London, UK'],
];

function contactOf(slug: string, name: string, title: string, company: string, location: string, extra = {}) {
  return ContactSchema.parse({
    id: slug,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name,
    headline: `${title} at ${company}`,
    title,
    company,
    location,
    firstSeenAt: DEMO_NOW - 90 * DAY,
    lastSeenAt: DEMO_NOW - 5 * DAY,
    ...extra,
  });
}

let seq = 0;
const interaction = (contactId: string, at: number, kind: string, actor: 'me' | 'them', context = '') =>
  InteractionSchema.parse({ id: `demo-${++seq}`, contactId, at, kind, actor, context, source: 'manual' });
const promise = (contactId: string, by: 'me' | 'them', text: string, dueAt: number) =>
  CommitmentSchema.parse({
    id: `demo-promise-${++seq}`,
    contactId,
    by,
    text,
    madeAt: dueAt - 7 * DAY,
    dueAt,
    status: 'open',
    source: 'manual',
  });

/**
 * The demo network: Maya with a history (met, she helped, you asked), and eleven people each with a reason to
 * get in touch — meetings, thanks owed, promises both ways, cadences gone quiet. `withMaya` false leaves her out,
 * for a first visit.
 */
export function demoBackup({ withMaya = true } = {}): Backup {
  const contacts: Contact[] = [];
  const interactions: Interaction[] = [];
  const commitments: Commitment[] = [];
  const heard: HeardMessage[] = [];
  if (withMaya) {
    contacts.push(
      contactOf(MAYA.slug, MAYA.name, 'Head of Developer Relations', MAYA.company, MAYA.location, {
        headline: MAYA.headline,
        degree: 2,
        mutualCount: 7,
        mutualNames: MAYA.mutual?.names ?? [],
        lastInteractionAt: DEMO_NOW - 6 * DAY,
      }),
    );
    interactions.push(
      interaction(MAYA.slug, DEMO_NOW - 30 * DAY, 'met', 'me', 'API Days Lagos'),
      interaction(MAYA.slug, DEMO_NOW - 20 * DAY, 'helped', 'them', 'intro to their platform team'),
      interaction(MAYA.slug, DEMO_NOW - 6 * DAY, 'asked', 'me', 'feedback on our SDK docs'),
    );
    // Her answer, read in the conversation without excerpts: only what was understood of it is kept.
    heard.push(
      HeardMessageSchema.parse({
        id: 'demo-heard-maya',
        contactId: MAYA.slug,
        at: DEMO_NOW - 2 * DAY,
        intent: 'ask',
        questions: 1,
        mood: 'worried',
      }),
    );
  }
  const people = PEOPLE.map(([slug, name, title, company, location], n) =>
    contactOf(slug, name, title, company, location, {
      lastInteractionAt: DEMO_NOW - (40 + n) * DAY,
      // The last three keep in touch monthly and have gone quiet.
      cadenceDays: n >= 8 ? 30 : null,
    }),
  );
  contacts.push(...people);
  const [tomas, lin, ada, farah, jonas, priya, sam, noor] = people.map((contact) => contact.id);
  interactions.push(
    interaction(tomas!, DEMO_NOW - 3 * DAY, 'met', 'me', 'RustConf hallway track'),
    interaction(lin!, DEMO_NOW - 30 * HOUR, 'met', 'me', 'the Fintech breakfast'),
    interaction(ada!, DEMO_NOW - 2 * DAY, 'helped', 'them', 'a portfolio review'),
    interaction(farah!, DEMO_NOW - 20 * HOUR, 'met', 'me', 'Founders Friday'),
    interaction(jonas!, DEMO_NOW - 26 * HOUR, 'intro', 'them', 'an intro to their hiring lead'),
    interaction(noor!, DEMO_NOW - 10 * HOUR, 'met', 'me', 'a meetup on observability'),
  );
  commitments.push(
    promise(priya!, 'me', 'Send the benchmark notebook', DEMO_NOW - DAY),
    promise(sam!, 'them', 'Share the pricing deck', DEMO_NOW - 2 * DAY),
    promise(tomas!, 'me', 'Send the slides from my talk', DEMO_NOW + 2 * DAY),
  );
  return {
    format: 'rapport-backup',
    version: BACKUP_FORMAT_VERSION,
    exportedAt: DEMO_NOW,
    contacts,
    interactions,
    commitments,
    followUps: [],
    ownProfile: [],
    heard,
    events: [],
    intros: [],
    mutualChoices: [],
  };
}

/** Replaces the extension's data with the demo network, through the options page's own restore message. */
export async function seedDemo(page: Page, options: { withMaya?: boolean } = {}): Promise<void> {
  const reply = await sendRaw(page, { type: 'data/restore', payload: { backup: demoBackup(options) } });
  if (!reply.ok) throw new Error(`restore failed: ${reply.error.message}`);
}
