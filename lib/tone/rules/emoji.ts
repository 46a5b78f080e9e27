import type { ToneRule } from './rule';

/** One or two emoji can carry the warmth text lacks; past this they crowd the words. Comments allow a little more. */
const MAX_EMOJI = { comment: 3, other: 2 };

export const emoji = {
  id: 'emoji',
  title: 'Emoji overuse',
  section: 'Be Aware of Tone',
  why: 'A single emoji can add the warmth that text loses, but many of them make a professional message look careless.',
  dimension: 'professionalism',
  check: ({ draft }) => {
    const icons = draft.tokens.filter((token) => token.kind === 'emoji');
    const limit = draft.kind === 'comment' ? MAX_EMOJI.comment : MAX_EMOJI.other;
    if (icons.length <= limit) return [];
    const first = icons[limit]!;
    const last = icons[icons.length - 1]!;
    return [
      {
        start: first.start,
        end: last.end,
        message: `${icons.length} emoji; keep ${limit} at most.`,
        severity: 'info',
      },
    ];
  },
} as const satisfies ToneRule;
