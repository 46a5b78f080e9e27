import { wordSet } from '../features/word-lists';
import { mentionsThem, personalCues } from '../personal';
import type { Reading } from '../reading';
import { tokenize } from '../text/tokenize';
import { ASKING, isPersonalMessage, type ToneRule } from './rule';

// Words too common in headlines and notes to show that the writer looked at anything in particular.
const COMMON = wordSet(
  'with that this from your have about their what which into more most also been will would could should ' +
    'there they them then than over under helping passionate building team teams work working company',
);

function contextKeywords(reading: Reading): Set<string> {
  const { company, headline, notes, specifics = [] } = reading.draft.context;
  const source = [company, headline, notes, ...specifics.map((s) => s.text)]
    .filter(Boolean)
    .join(' ')
    .slice(0, 5_000);
  const keywords = new Set<string>();
  for (const token of tokenize(source)) {
    if (token.kind === 'word' && token.norm.length >= 4 && !COMMON.has(token.norm)) keywords.add(token.norm);
  }
  return keywords;
}

export const personalReference = {
  id: 'personal-reference',
  title: 'Personal reference',
  section: 'Be Prepared',
  why: 'Mentioning something specific from their profile or your last conversation shows you did your homework and are not sending a template.',
  dimension: 'warmth',
  situations: ASKING,
  check: (reading) => {
    const { draft } = reading;
    if (!isPersonalMessage(reading) || draft.words.length === 0) return [];
    const keywords = contextKeywords(reading);
    // Without a profile or notes to compare against, the phrasing shows a specific reference (lib/tone/personal).
    const referenced =
      draft.words.some((word) => keywords.has(word.norm)) || mentionsThem(personalCues(draft));
    if (referenced) return [];
    const body = draft.sentences.find((sentence) => sentence.words.length > 2) ?? draft.sentences[0]!;
    // The brief's most personal specific is the concrete suggestion: "you both studied at …" beats "their work".
    // A mutual connection is left to the social-proof hint when that one speaks, so it is not suggested twice.
    const specific = draft.context.specifics?.find(
      (s) => !(s.label === 'Mutual connection' && draft.context.socialProof?.people.length),
    );
    const about = specific
      ? `, for instance ${specific.label.toLowerCase()}: ${specific.text}`
      : draft.context.company
        ? ` (their work at ${draft.context.company}, a post, where you met)`
        : '';
    return [
      {
        start: body.start,
        end: body.end,
        message: `Nothing here is specific to them; mention something from their profile or your notes${about}.`,
        severity: 'info',
      },
    ];
  },
} as const satisfies ToneRule;
