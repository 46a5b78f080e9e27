// A synthetic LinkedIn export (2024 format, invented people) for the import benchmark. Message texts are
// assembled from word pools so nearly every one is different: the intent cache gets no free hits.
import { strToU8 } from 'fflate';
import Papa from 'papaparse';
import type { PickedFile } from '../../lib/import/export-files';

const OPENERS = ['Hi', 'Hello', 'Hey', 'Good morning', 'Thanks', 'Great to hear from you', 'Quick question'];
const MIDDLES = [
  'could you share the deck from the workshop',
  'I will send you the notes by Friday',
  'thank you for the introduction to your colleague',
  'would you have time for a call next week',
  'congrats on the new role at the company',
  'here is the article I mentioned about hiring',
  'just following up on my last message',
  'happy to review your proposal before the deadline',
  'do you know anyone working on data platforms',
  'the meetup was great and your talk was inspiring',
];
const TOPICS = [
  'pricing',
  'the roadmap',
  'onboarding',
  'the conference',
  'our pilot',
  'the team offsite',
  'Q3 plans',
];

/** A deterministic PRNG (mulberry32), so every run measures the same export. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The columns of the 2024 format's two files (../shared/data/linkedin-export/FORMATS.md), in their order. */
export const CONNECTIONS_FIELDS = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
] as const;
export const MESSAGES_FIELDS = [
  'CONVERSATION ID',
  'CONVERSATION TITLE',
  'FROM',
  'SENDER PROFILE URL',
  'TO',
  'RECIPIENT PROFILE URLS',
  'DATE',
  'SUBJECT',
  'CONTENT',
  'FOLDER',
  'IS MESSAGE DRAFT',
  'IS CONVERSATION DRAFT',
] as const;

const OWNER = { name: 'Bench Owner', url: 'https://www.linkedin.com/in/bench-owner' };
const url = (i: number) => `https://www.linkedin.com/in/bench-person-${i}`;
const name = (i: number) => `Person${i} Example`;

export function generateExport(connections: number, messages: number): PickedFile[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const preamble =
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
  const connectionRows = Array.from({ length: connections }, (_, i) => [
    `Person${i}`,
    'Example',
    url(i),
    '',
    `Company ${i % 900}`,
    'Engineer',
    `${String((i % 28) + 1).padStart(2, '0')} Mar 2021`,
  ]);
  const connectionsCsv =
    preamble +
    Papa.unparse({
      fields: [...CONNECTIONS_FIELDS],
      data: connectionRows,
    });
  const messageRows = Array.from({ length: messages }, (_, i) => {
    const person = Math.floor(next() * connections);
    const sent = next() < 0.5;
    const text = `${pick(OPENERS)} ${name(person).split(' ')[0]}, ${pick(MIDDLES)} about ${pick(TOPICS)} (#${i}).`;
    const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 6 * 365 * 86_400_000));
    const stamp = `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
    const [from, fromUrl, to, toUrl] = sent
      ? [OWNER.name, OWNER.url, name(person), url(person)]
      : [name(person), url(person), OWNER.name, OWNER.url];
    return [`2-conv-${person}`, '', from, fromUrl, to, toUrl, stamp, '', text, 'INBOX', 'No', 'No'];
  });
  const messagesCsv = Papa.unparse({ fields: [...MESSAGES_FIELDS], data: messageRows });
  return [
    { name: 'Connections.csv', bytes: strToU8(connectionsCsv) },
    { name: 'messages.csv', bytes: strToU8(messagesCsv) },
  ];
}
