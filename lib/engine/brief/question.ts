import type { Contact } from '../../schema/contact';
import type { RoleChange } from './changes';

// "Master Active Listening: use open-ended questions like 'What excites you most about your current role?'" One
// question per person, built from what is freshest about them: a new role, then what their headline says they
// do, then their role; never a yes/no question, and never the same words for everyone.

export interface TailoredQuestion {
  question: string;
  /** What it was built from, shown beside it: "their new role", "their headline: …". */
  basis: string;
  /** One line from the whitepaper: why ask it. */
  reason: string;
}

const LISTENING =
  'Master Active Listening: an open question about their work shows genuine interest and lets them talk.';
const GROWTH = 'Career Growth and Follow Up Thoughtfully: a new role is the moment to show you noticed.';

interface HeadlineTheme {
  pattern: RegExp;
  ask: (topic: string, contact: Contact) => string;
}

/** What a headline says about the person, most telling first; `topic` is the headline part that matched. */
const THEMES: readonly HeadlineTheme[] = [
  {
    pattern: /\b(open to work|looking for|seeking|job ?seeker|available for)\b/i,
    ask: () => 'What kind of role or team would excite you most next?',
  },
  {
    pattern: /\b(hiring|recruit\w*|talent acquisition|we'?re growing|join (us|our))\b/i,
    ask: () => 'What makes someone stand out to you when you are hiring right now?',
  },
  {
    pattern: /\b(co-?founder|founder|founding|started|building)\b/i,
    ask: (_, c) =>
      `What problem made you start ${c.company || 'what you are building'}, and what surprised you since?`,
  },
  {
    pattern: /\b(investor|vc|venture|angel|partner at)\b/i,
    ask: () => 'What makes a team stand out to you these days?',
  },
  {
    pattern: /\b(author|writer|writing|newsletter|podcast|host|speaker|keynote)\b/i,
    ask: () => 'What are you writing or speaking about at the moment, and why that now?',
  },
  {
    pattern: /\b(mentor|coach|teacher|lecturer|professor|educator)\b/i,
    ask: () => 'What do the people you mentor or teach struggle with most these days?',
  },
  {
    pattern: /\b(student|intern|graduate|phd|candidate|aspiring)\b/i,
    ask: () => 'What are you most enjoying learning right now, and where do you hope it leads?',
  },
  {
    pattern: /\b(research\w*|scientist)\b/i,
    ask: () => 'What question are you most curious about in your research right now?',
  },
];

/** The headline's parts ("A | B • C"), first first; the first is what the person most wants to be known for. */
function headlineParts(headline: string): string[] {
  return headline
    .split(/\s*(?:\||•|·|\/\/|;|,| - | – )\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 1);
}

/** The short topic a headline part is about: "Writing weekly about reefer containers" → "reefer containers". */
function topicOf(part: string): string {
  const about = /\babout\s+(.{3,60})$/i.exec(part)?.[1];
  return (about ?? part).replace(/[.!]+$/, '');
}

function fromHeadline(contact: Contact): TailoredQuestion | null {
  const parts = headlineParts(contact.headline);
  for (const theme of THEMES) {
    const part = parts.find((p) => theme.pattern.test(p));
    if (!part) continue;
    const match = theme.pattern.exec(part)?.[0] ?? part;
    return { question: theme.ask(match, contact), basis: `their headline: “${part}”`, reason: LISTENING };
  }
  const about = parts.find((p) => /\babout\b/i.test(p));
  if (about)
    return {
      question: `What got you interested in ${topicOf(about)}?`,
      basis: `their headline: “${about}”`,
      reason: LISTENING,
    };
  return null;
}

/** Their current role in a phrase: "Founder at Mroźny Szlak", or one of the two. */
function rolePhrase(title: string, company: string): string {
  if (title && company) return `${title} at ${company}`;
  return title || company;
}

export function tailoredQuestion(contact: Contact, newRole: RoleChange | null): TailoredQuestion {
  if (newRole) {
    const role = rolePhrase(newRole.title, newRole.company);
    return {
      question: `How are the first weeks as ${role} going, and what drew you to it?`,
      basis: 'their new role',
      reason: GROWTH,
    };
  }
  const headline = fromHeadline(contact);
  if (headline) return headline;
  const role = rolePhrase(contact.title, contact.company);
  if (role)
    return {
      question: `What excites you most about your work as ${role}?`,
      basis: 'their role',
      reason: LISTENING,
    };
  const first = headlineParts(contact.headline)[0];
  if (first)
    return {
      question: `What are you most focused on in ${topicOf(first)} these days?`,
      basis: `their headline: “${first}”`,
      reason: LISTENING,
    };
  return {
    question: 'What are you working on these days that you are most excited about?',
    basis: 'nothing known about them yet',
    reason: LISTENING,
  };
}
