import type { Contact } from '../../schema/contact';
import type { RoleChange } from './changes';

// "Master Active Listening: use open-ended questions like 'What excites you most about your current role?'" One
// question per person, built from what is freshest about them: a new role, then what their headline says about
// where they are (looking, hiring, founding, studying), what they lead, what they do besides, then their role; never
// a yes/no question, never the same words for everyone, and never a headline's decoration (emoji, "|", capitals)
// pasted into a sentence. The question is in English, like the rest of Rapport; a headline in another language is
// read for the same cues in the languages LinkedIn is most used in, and otherwise quoted as written.

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

/** A role read from a headline part or the contact: either side may be empty. */
interface Role {
  title: string;
  company: string;
}

interface HeadlineTheme {
  /** Lower ranks win; among equal ranks, the theme in the earlier headline part. */
  rank: number;
  pattern: RegExp;
  ask: (role: Role, part: string) => string;
}

/** Where they are in their career, most telling first, then what they do besides their job. */
const THEMES: readonly HeadlineTheme[] = [
  {
    rank: 0,
    pattern:
      /open\s*to\s*work|\b(looking for|seeking|searching for) (a |my |the )?(new |next )?(role|job|position|opportunit\w*|challenge)|\bjob ?seek\w*|\b(en búsqueda|em busca|à la recherche|auf (der )?(jobsuche|suche)|szukam pracy|open voor werk)\b/i,
    ask: () => 'What kind of role or team would excite you most next?',
  },
  {
    rank: 0,
    pattern:
      /\b(we'?re hiring|we are hiring|hiring|recruit\w*|talent acquisition|join (us|our team)|contratando|recrutement|wir stellen ein|rekrutujemy)\b/i,
    ask: () => 'What makes someone stand out to you when you are hiring right now?',
  },
  {
    rank: 1,
    pattern: /\b(co-?founder|founder|founding|fundador\w*|fondat\w*|gründer\w*|założyciel\w*|oprichter)\b/i,
    ask: ({ company }) =>
      company
        ? `What problem made you start ${company}, and what has surprised you since?`
        : 'What problem are you solving, and what has surprised you since you started?',
  },
  {
    rank: 1,
    pattern: /\b(investor|venture capital|vc|angel|general partner|inwestor|investisseur|inversor)\b/i,
    ask: () => 'What makes a team stand out to you these days?',
  },
  {
    rank: 1,
    pattern:
      /\b(student|studentka|estudiante|estudante|étudiant\w*|studierende\w*|intern|graduate|phd|aspiring)\b/i,
    ask: () => 'What are you most enjoying learning right now, and where do you hope it leads?',
  },
  {
    rank: 2,
    pattern:
      /\b(ceo|cto|coo|cfo|cpo|chief|president|managing director|head of|vp|vice president|director|general manager|directora?|directeur|directrice|leiter\w*|dyrektor\w*|prezes)\b/i,
    ask: ({ company }) =>
      company
        ? `What is the biggest change you are leading at ${company} this year?`
        : 'What is the biggest change you are leading this year?',
  },
  {
    rank: 3,
    pattern: /\b(speaker|keynote|public speaking)\b/i,
    ask: () => 'What are you speaking about these days, and what do audiences ask you most?',
  },
  {
    rank: 3,
    pattern: /\b(author|writer|writing|autor\w*|auteur\w*)\b/i,
    ask: (_, part) => {
      const topic = aboutTopic(part);
      return topic
        ? `What drew you to write about ${topic}?`
        : 'What are you writing at the moment, and what made you pick that subject?';
    },
  },
  {
    rank: 3,
    pattern: /\b(podcast\w*|host)\b/i,
    ask: () => 'Which conversation you hosted lately has stayed with you most?',
  },
  {
    rank: 3,
    pattern: /\bnewsletter\b/i,
    ask: () => 'What are you exploring in your newsletter at the moment?',
  },
  {
    rank: 3,
    pattern: /\b(mentor\w*|coach\w*)\b/i,
    ask: () => 'What do the people you mentor struggle with most these days?',
  },
  {
    rank: 3,
    pattern:
      /\b(teacher|lecturer|professor|educator|instructor|profesor\w*|professeur\w*|lehrer\w*|nauczyciel\w*)\b/i,
    ask: () => 'What do your students struggle with most these days?',
  },
  {
    rank: 3,
    pattern: /\b(research\w*|scientist|investigador\w*|chercheu\w*|forscher\w*|naukowiec)\b/i,
    ask: () => 'What question are you most curious about in your research right now?',
  },
];

/** Words "at" comes as in a headline: "CTO @ Acme", "Ingénieure chez Acme", "Entwicklerin bei Acme". */
const AT = /\s*(?:@|\s(?:at|chez|bei|en|em|bij|presso|w)\s)\s*/i;
/** Small words kept lower case when a headline written in capitals is put in natural case. */
const SMALL_WORDS = new Set([
  'at',
  'of',
  'and',
  'in',
  'for',
  'the',
  'a',
  'an',
  'to',
  'on',
  'with',
  'by',
  'de',
  'en',
  'chez',
  'bei',
]);

/** "SENIOR DATA ENGINEER AT ACME" → "Senior Data Engineer at Acme"; short words stay as written (CEO, VP, AI). */
function naturalCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  // One word in capitals is a name (IBM, PRISMA), not shouting.
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 2 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return text;
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    const lower = word.toLowerCase();
    if (offset > 0 && SMALL_WORDS.has(lower)) return lower;
    if (word.length <= 3) return word;
    return lower[0]!.toUpperCase() + lower.slice(1);
  });
}

/** A headline part without decoration: emoji and symbols, hashtags' "#", "@" glued to a name, stray punctuation. */
function clean(part: string): string {
  return naturalCase(
    part
      .replace(/\p{Extended_Pictographic}|\p{So}|\u200d|\ufe0f/gu, ' ')
      .replace(/#(\p{L})/gu, '$1')
      .replace(/@(?=\p{L})/gu, '@ ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s\-–—:.,!*]+|[\s\-–—:.,!*]+$/g, '')
      .trim(),
  );
}

/** The headline's parts ("A | B • C"), first first; the first is what the person most wants to be known for. */
function headlineParts(headline: string): string[] {
  return headline
    .split(/\s*(?:\|+|•|·|\/\/|;|,|，|、| - | – | — )\s*/)
    .map(clean)
    .filter((part) => part.length > 1);
}

/** "CEO @ Acme" → { title: 'CEO', company: 'Acme' }; a part without "at" is all title. */
function roleIn(part: string): Role {
  const at = AT.exec(part);
  if (!at || at.index === 0) return { title: part, company: '' };
  return { title: part.slice(0, at.index).trim(), company: part.slice(at.index + at[0].length).trim() };
}

/** "Writing weekly about reefer containers" → "reefer containers". */
function aboutTopic(part: string): string | null {
  return /\babout\s+(.{3,60})$/i.exec(part)?.[1]?.replace(/[.!]+$/, '') ?? null;
}

/** Their current role in a phrase: "Founder at Mroźny Szlak", "at Mroźny Szlak", or the title alone. */
function rolePhrase({ title, company }: Role): string {
  if (title && company) return `${title} at ${company}`;
  return title || (company ? `at ${company}` : '');
}

/** Lower-cases a sentence's first word for use inside another sentence, unless it is an acronym or a name-like caps. */
function inSentence(phrase: string): string {
  const [first = ''] = phrase.split(' ');
  return /^\p{Lu}\p{Ll}+$/u.test(first) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
}

const headlineBasis = (part: string) => `their headline: “${part}”`;

/** The most telling theme in the headline, asked about with what is known of their role. */
function fromThemes(parts: readonly string[], role: Role): TailoredQuestion | null {
  let best: { theme: HeadlineTheme; part: string } | null = null;
  for (const part of parts)
    for (const theme of THEMES)
      if (theme.pattern.test(part) && (!best || theme.rank < best.theme.rank)) best = { theme, part };
  if (!best) return null;
  const own = roleIn(best.part);
  return {
    question: best.theme.ask(
      { title: role.title || own.title, company: role.company || own.company },
      best.part,
    ),
    basis: headlineBasis(best.part),
    reason: LISTENING,
  };
}

/**
 * A headline part that names a role rather than saying a sentence: a few words, not "Helping…", not "I…"/"We…".
 * Scripts written without spaces give no word count to go by: their headline is quoted instead.
 */
function isRoleLike(part: string): boolean {
  const words = part.split(' ');
  return (
    words.length <= 6 &&
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(part) &&
    !/ing$/i.test(words[0]!) &&
    !/^(i|we|my|our)$/i.test(words[0]!) &&
    !/[!?]$/.test(part)
  );
}

export function tailoredQuestion(contact: Contact, newRole: RoleChange | null): TailoredQuestion {
  if (newRole) {
    const role = rolePhrase({ title: clean(newRole.title), company: clean(newRole.company) });
    return {
      question: `How are the first weeks ${role.startsWith('at ') ? '' : 'as '}${role} going, and what drew you to it?`,
      basis: 'their new role',
      reason: GROWTH,
    };
  }
  const parts = headlineParts(contact.headline);
  const known: Role = { title: clean(contact.title), company: clean(contact.company) };
  const themed = fromThemes(parts, known);
  if (themed) return themed;
  const about = parts.find(aboutTopic);
  if (about)
    return {
      question: `What got you interested in ${aboutTopic(about)}?`,
      basis: headlineBasis(about),
      reason: LISTENING,
    };
  const first = parts[0];
  const role = known.title || known.company ? known : first && isRoleLike(first) ? roleIn(first) : null;
  if (role)
    return {
      question: `What excites you most about your work ${role.title ? 'as ' : ''}${rolePhrase(role)}?`,
      basis: known.title || known.company ? 'their role' : headlineBasis(first!),
      reason: LISTENING,
    };
  if (first && /^\p{L}+ing\b/iu.test(first))
    return {
      question: `What got you into ${inSentence(first)}?`,
      basis: headlineBasis(first),
      reason: LISTENING,
    };
  if (first)
    return {
      question: `Your headline says “${first}”: what does that look like day to day?`,
      basis: headlineBasis(first),
      reason: LISTENING,
    };
  return {
    question: 'What are you working on these days that you are most excited about?',
    basis: 'nothing known about them yet',
    reason: LISTENING,
  };
}
