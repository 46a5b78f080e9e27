import type { WhitepaperSection } from '../rules/sections';

/** Every section a hint, a nudge or a queue rule can cite. */
export type CitedSection = WhitepaperSection;

export interface WhyEntry {
  section: CitedSection;
  /** The whitepaper part it comes from, as the whitepaper titles it. */
  source: string;
  /** The idea, in our own words. */
  idea: string;
  /** What Rapport does about it. */
  inRapport: string;
}

/**
 * The principles Rapport applies, in our own words, in the whitepaper's order. The "Why?" page shows them and
 * docs/why.md is generated from them (`npm run docs:why`); every hint and nudge links to its entry's anchor.
 */
export const WHY: readonly WhyEntry[] = [
  {
    section: 'Trust',
    source: 'The Psychology of Networking — The Role of Trust',
    idea: 'People rely on those who do what they said they would. Trust is built from small promises kept, again and again.',
    inRapport:
      'Promises you write ("I\'ll send you the deck by Friday") are noticed with their date and queued until you mark them kept.',
  },
  {
    section: 'Reciprocity',
    source: 'The Psychology of Networking — Reciprocity: The Give-and-Take Principle',
    idea: 'Help given freely makes people want to help back. Relationships that only ask wear out; relationships that give first grow.',
    inRapport:
      'A give/ask balance per person, a nudge before you ask again without having given, and a reminder to thank people who helped you.',
  },
  {
    section: 'Social Proof',
    source: 'The Psychology of Networking — Social Proof and Validation',
    idea: 'We trust people that people we trust vouch for. A warm introduction through a shared contact opens more doors than a cold note.',
    inRapport:
      'On a profile, the mutual connections you know are ranked by who can best introduce you; a first message to someone new that names none of them is reminded of one.',
  },
  {
    section: 'Emotional Intelligence',
    source: 'The Psychology of Networking — Emotional Intelligence in Networking',
    idea: 'Noticing how the other person feels, and letting it shape what you say, is what makes a conversation feel like rapport.',
    inRapport:
      'The tone check reads warmth as well as clarity, and points out where a message is about you rather than them.',
  },
  {
    section: 'Overcoming Barriers',
    source: 'The Psychology of Networking — Overcoming Psychological Barriers to Networking',
    idea: 'Fear of rejection and feeling like an imposter make us apologise, hedge and shrink our message. A plain, confident note is kinder to read.',
    inRapport:
      'Hints for over-apologising, self-deprecation and hedging, each with a plainer wording you can accept in one click.',
  },
  {
    section: 'Be Prepared',
    source: 'Actionable Advice — Be Prepared and Purposeful ("Do your homework")',
    idea: 'Knowing a little about someone before you write — their role, what you share, who you both know — turns a generic note into a real one.',
    inRapport:
      'The popup shows who the person is and what you have in common; the tone check notices a message that could have gone to anyone.',
  },
  {
    section: 'Active Listening',
    source: 'Actionable Advice — Master Active Listening',
    idea: 'Open questions invite the other person to talk about what matters to them; yes/no questions close the conversation.',
    inRapport: 'Hints when a message has no open question, or only closed ones.',
  },
  {
    section: 'Follow Up Thoughtfully',
    source: 'Actionable Advice — Follow Up Thoughtfully',
    idea: 'A short, specific note within a day or two of meeting is remembered; a generic one a month later is not.',
    inRapport:
      'Meetings you log appear in the follow-up queue for 24–48 hours later, with what to mention from your notes.',
  },
  {
    section: 'Be Aware of Tone',
    source: 'Actionable Advice — Utilise Digital Networking ("Be Aware of Tone")',
    idea: 'Written messages lose the voice and face that soften spoken words, so they need to be warm, clear and professional on their own.',
    inRapport:
      "A tone check as you write — in the popup and on LinkedIn's message boxes — with each hint saying why.",
  },
  {
    section: 'Diversify Your Network',
    source: 'Actionable Advice — Diversify Your Network (weak ties)',
    idea: 'Acquaintances you rarely talk to reach circles you do not, which is why new opportunities often come through them.',
    inRapport: 'Now and then the queue suggests reviving a weak tie you have not spoken to in a long while.',
  },
  {
    section: 'Authenticity',
    source: 'Creating a Networking Mindset — Emphasise Authenticity',
    idea: 'People can tell a template from a person. Sincerity and a little of yourself build trust faster than polish.',
    inRapport:
      'Drafts are starting points to rewrite, and the tone check flags phrases that read as boilerplate.',
  },
  {
    section: 'Be Patient',
    source: 'Creating a Networking Mindset — Be Patient',
    idea: 'Relationships grow over months and years, through regular small contact rather than bursts.',
    inRapport:
      'Keep-in-touch cadences per person or per tag, and snoozes that bring someone back at the right time.',
  },
];

/** The anchor of a section on the "Why?" page: "Be Aware of Tone" → "be-aware-of-tone". */
export function whyAnchor(section: string): string {
  return section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The "Why?" page as Markdown, for docs/why.md. */
export function whyMarkdown(): string {
  const entries = WHY.map(
    (entry) =>
      `## ${entry.section}\n\n*From the whitepaper: ${entry.source}.*\n\n${entry.idea}\n\n**In Rapport:** ${entry.inRapport}\n`,
  );
  return `# Why Rapport does what it does\n\nEvery hint, nudge and follow-up in Rapport names the principle it serves and links here. These are the\nideas of a short whitepaper on the psychology of networking, in our own words. The same page is inside the\nextension ("Why?" links).\n\n${entries.join('\n')}`;
}
