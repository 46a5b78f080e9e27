import type { MessageKind } from '../types';
import type { Finding, ToneRule } from './rule';

/** LinkedIn's caps per field; a connection note is 300 characters, 200 on free accounts. */
const LIMITS: Record<MessageKind, { hard: number; free?: number }> = {
  'connection-note': { hard: 300, free: 200 },
  inmail: { hard: 1900 },
  comment: { hard: 1250 },
  message: { hard: 8000 },
};

export const lengthLimit = {
  id: 'length-limit',
  title: 'Length limit',
  section: 'Be Aware of Tone',
  why: 'LinkedIn cuts or refuses text past its limit, so the end of your message, often the ask, would never be read.',
  dimension: 'clarity',
  check: ({ draft }) => {
    const { hard, free } = LIMITS[draft.kind];
    const length = draft.text.length;
    const findings: Finding[] = [];
    if (length > hard) {
      findings.push({
        start: hard,
        end: length,
        message: `${length} characters; LinkedIn allows ${hard} here. Cut ${length - hard}.`,
        severity: 'warning',
      });
    } else if (free !== undefined && length > free) {
      findings.push({
        start: free,
        end: length,
        message: `${length} characters; free accounts can send only ${free} in a connection note.`,
        severity: 'info',
      });
    }
    return findings;
  },
} as const satisfies ToneRule;
