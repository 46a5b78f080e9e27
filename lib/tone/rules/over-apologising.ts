import { findPhrases, phraseSet } from '../text/phrases';
import type { Finding, ToneRule } from './rule';

// Apologising for the message itself: the reader has not been bothered until you say so.
const APOLOGY_FOR_WRITING = phraseSet([
  'sorry to bother',
  'sorry for bothering',
  'sorry to disturb',
  'sorry for disturbing',
  'sorry to trouble',
  'sorry for the intrusion',
  'sorry to intrude',
  'sorry for reaching out',
  'sorry for the cold message',
  'sorry for the long message',
  'apologies for reaching out',
  'apologies for the intrusion',
  'apologies for bothering',
  'i apologize for bothering',
  'i apologise for bothering',
  'forgive me for reaching out',
  'forgive the intrusion',
]);
const APOLOGY = phraseSet(['sorry', 'apolog*']);

export const overApologising = {
  id: 'over-apologising',
  title: 'Over-apologising',
  section: 'Overcoming Barriers',
  why: 'Apologising for reaching out is fear of rejection showing; it frames your message as a burden before it is read.',
  dimension: 'professionalism',
  check: ({ draft }) => {
    const findings: Finding[] = findPhrases(draft, APOLOGY_FOR_WRITING).map((match) => ({
      start: match.start,
      end: match.end,
      message: 'No need to apologise for writing; say why you are writing instead.',
      severity: 'info',
    }));
    const flagged = new Set(findings.map((finding) => finding.start));
    for (const extra of findPhrases(draft, APOLOGY).slice(1)) {
      if (flagged.has(extra.start)) continue;
      findings.push({
        start: extra.start,
        end: extra.end,
        message: 'Another apology; one is plenty.',
        severity: 'info',
      });
    }
    return findings;
  },
} as const satisfies ToneRule;
