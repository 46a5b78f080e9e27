import type { Finding, ToneRule, ToneRuleIdentity } from './rules/rule';
import { findPhrases, phraseSet } from './text/phrases';

export interface PhraseRuleSpec extends ToneRuleIdentity {
  dimension: ToneRule['dimension'];
  severity: Finding['severity'];
  /** Each phrase mapped to its replacement, or to null when there is none to offer. */
  phrases: Readonly<Record<string, string | null>>;
  /** The hint shown for a match, given the matched words as written. */
  message: (written: string) => string;
}

/** A rule that flags every occurrence of a listed phrase: the shape of most wording rules. */
export function phraseRule<const Id extends string>(
  spec: PhraseRuleSpec & { id: Id },
): ToneRule & { id: Id } {
  const set = phraseSet(Object.keys(spec.phrases));
  const { phrases, message, severity, ...rule } = spec;
  return {
    ...rule,
    check: ({ draft }) =>
      findPhrases(draft, set).map((match) => {
        const written = draft.analysed.slice(match.start, match.end);
        const replacement = phrases[match.phrase];
        return {
          start: match.start,
          end: match.end,
          message: message(written),
          severity,
          ...(replacement == null ? {} : { suggestion: keepCapital(written, replacement) }),
        };
      }),
  };
}

/** "Just wanted" → "Wanted": a replacement keeps an initial capital (but not the shouting of "ASAP"). */
function keepCapital(written: string, replacement: string): string {
  const initialCapital = /^\p{Lu}\p{Ll}/u.test(written);
  return initialCapital && replacement ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}
