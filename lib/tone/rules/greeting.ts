import { GREETINGS } from '../features/word-lists';
import { isPersonalMessage, type ToneRule } from './rule';

/** A first name, if the context has a recipient name ("Dr. Ana Ruiz" → "Ana"). */
export function firstName(fullName: string | undefined): string | null {
  const parts = (fullName ?? '').split(/\s+/).filter((part) => part && !/\.$/.test(part));
  return parts[0] ?? null;
}

export const greeting = {
  id: 'greeting',
  title: 'Greeting',
  section: 'Be Aware of Tone',
  why: 'Text has no smile or handshake, so an opening greeting does the work of warmth that a face would do.',
  dimension: 'warmth',
  check: (reading) => {
    const { draft } = reading;
    const opener = draft.words[0];
    if (!opener || !isPersonalMessage(reading)) return [];
    const name = firstName(draft.context.recipientName)?.toLowerCase();
    const greets = GREETINGS.has(opener.norm) || opener.norm === 'good' || opener.norm === name;
    if (greets) return [];
    const hello = name ? `Hi ${firstName(draft.context.recipientName)},` : 'Hi,';
    return [
      {
        start: opener.start,
        end: opener.end,
        message: 'Open with a greeting.',
        severity: 'info',
        suggestion: `${hello} ${opener.text}`,
      },
    ];
  },
} as const satisfies ToneRule;
