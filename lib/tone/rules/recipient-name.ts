import { toneKey } from '../../rules/keys';
import { GREETINGS } from '../features/word-lists';
import { firstName } from './greeting';
import { isPersonalMessage, NEW_MESSAGE, type ToneRule } from './rule';

/** Words a greeting uses in place of a name ("Hello there"): the name replaces them, it does not precede them. */
const STAND_INS = new Set(['there', 'all', 'everyone', 'team', 'friend', 'sir', 'madam']);

export const recipientName = {
  id: 'recipient-name',
  title: "Recipient's name",
  section: 'Be Aware of Tone',
  why: "Using someone's name shows the message was written for them, not sent to a list.",
  dimension: 'warmth',
  situations: NEW_MESSAGE,
  check: (reading) => {
    const { draft } = reading;
    const name = firstName(draft.context.recipientName);
    const opener = draft.words[0];
    if (!name || !opener || !isPersonalMessage(reading)) return [];
    const lower = name.toLowerCase();
    if (draft.words.some((word) => word.norm === lower)) return [];
    const greets = GREETINGS.has(opener.norm);
    // Without a greeting, the greeting hint already suggests "Hi <name>,"; one hint per fix.
    if (!greets && !draft.context.disabledRules?.includes(toneKey('greeting'))) return [];
    const standIn = greets && STAND_INS.has(draft.words[1]?.norm ?? '') ? draft.words[1]! : null;
    return [
      {
        start: opener.start,
        end: (standIn ?? opener).end,
        message: `Address ${name} by name.`,
        severity: 'info',
        ...(greets ? { suggestion: `${opener.text} ${name}` } : {}),
      },
    ];
  },
} as const satisfies ToneRule;
