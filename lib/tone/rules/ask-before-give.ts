import { ASKING, isPersonalMessage, type ToneRule } from './rule';

export const askBeforeGive = {
  id: 'ask-before-give',
  title: 'Give before you ask',
  section: 'Reciprocity',
  why: 'Offering value first, even a relevant article, creates the goodwill that makes people want to help in return.',
  dimension: 'warmth',
  situations: ASKING,
  check: (reading) => {
    const { draft, asks, gives, thanks } = reading;
    const firstAsk = asks.indexOf(true);
    if (firstAsk < 0 || !isPersonalMessage(reading) || gives.includes(true) || thanks.includes(true))
      return [];
    const sentence = draft.sentences[firstAsk]!;
    // The ledger knows what the page does not: after their help, the missing piece is thanks, not an offer.
    const helpedBefore = (draft.context.ledger?.theirGives ?? 0) > 0;
    return [
      {
        start: sentence.start,
        end: sentence.end,
        message: helpedBefore
          ? 'They helped you before; thank them for it before you ask again.'
          : 'An ask with nothing offered; share something useful to them or offer your help first.',
        severity: 'info',
      },
    ];
  },
} as const satisfies ToneRule;
