import { GREETINGS } from '../features/word-lists';
import { isPersonalMessage, NEW_MESSAGE, type ToneRule } from './rule';

/** A first name, if the context has a recipient name ("Dr. Ana Ruiz" → "Ana"). */
export function firstName(fullName: string | undefined): string | null {
  const parts = (fullName ?? '').split(/\s+/).filter((part) => part && !/\.$/.test(part));
  return parts[0] ?? null;
}

/**
 * The draft's first word as it reads after an inserted "Hi Sri,": the sentence goes on, so a capital that only
 * opened it goes ("Sorry to bother you" → "sorry to bother you"), while "I", acronyms ("AWS") and names known from
 * the context keep theirs.
 */
export function continuing(word: string, context: { recipientName?: string; company?: string }): string {
  const initial = word.slice(0, 1);
  const rest = word.slice(1);
  if (initial === initial.toLowerCase() || rest !== rest.toLowerCase()) return word;
  if (/^I(?:'|’|$)/.test(word)) return word;
  const names = `${context.recipientName ?? ''} ${context.company ?? ''}`.toLowerCase().split(/\s+/);
  return names.includes(word.toLowerCase()) ? word : initial.toLowerCase() + rest;
}

export const greeting = {
  id: 'greeting',
  title: 'Greeting',
  section: 'Be Aware of Tone',
  why: 'Text has no smile or handshake, so an opening greeting does the work of warmth that a face would do.',
  dimension: 'warmth',
  situations: NEW_MESSAGE,
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
        suggestion: `${hello} ${continuing(opener.text, draft.context)}`,
      },
    ];
  },
} as const satisfies ToneRule;
