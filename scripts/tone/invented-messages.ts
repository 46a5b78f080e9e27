// Invented messages for the rubric flags too rare in the judged data to measure (pressure 7, hype 4,
// over-apology 2, self-deprecation 3 of 400): written for this check by the project, about invented people,
// each judged by the rubric's own definition (RUBRIC.md, "Flags"). `expected` is that judgement; the messages
// that must NOT carry the flag are there so a rule that fires on everything fails too.
import type { FlagName, ToneContext } from '../../lib/tone/types';

export interface InventedMessage {
  flag: Extract<FlagName, 'pressure' | 'hype' | 'over_apology' | 'self_deprecation'>;
  expected: boolean;
  text: string;
  context?: ToneContext;
  /** How the rubric decides it. */
  because: string;
}

export const INVENTED_MESSAGES: readonly InventedMessage[] = [
  {
    flag: 'pressure',
    expected: true,
    text: 'Hi Kofi, just checking whether you got my last three messages? I really need your answer today.',
    context: { position: 'nudge', recipientName: 'Kofi' },
    because: '"did you get my messages?" and a same-day demand the reader never agreed to',
  },
  {
    flag: 'pressure',
    expected: true,
    text: 'Lena, please send the intro ASAP, I need it by tomorrow morning at the latest.',
    context: { recipientName: 'Lena' },
    because: '"ASAP" and a deadline on a favour',
  },
  {
    flag: 'pressure',
    expected: false,
    text: 'Hi Lena, no rush at all: whenever you have a moment next month, I would love your view on the draft.',
    context: { recipientName: 'Lena' },
    because: 'gives the reader time; no urgency',
  },
  {
    flag: 'hype',
    expected: true,
    text: 'Hi Omar! Our revolutionary AI tool is the best on the market and will triple your sales. Limited time offer, book a demo today!',
    context: { recipientName: 'Omar' },
    because: 'superlatives, "triple your sales", "limited time offer"',
  },
  {
    flag: 'hype',
    expected: true,
    text: "Game-changing news!!! Our platform delivers 10x results, and it's 40% off until Friday. Don't miss out!",
    because: '"10x", a discount, "don\'t miss out" and excited exclamations about a product',
  },
  {
    flag: 'hype',
    expected: false,
    text: 'Hi Omar, I enjoyed your talk on pricing at the Leeds meetup. Could I ask how you tested the annual plan?',
    context: { recipientName: 'Omar' },
    because: 'specific praise of their talk, no product sold',
  },
  {
    flag: 'over_apology',
    expected: true,
    text: 'Sorry to write out of the blue, and sorry if this is the wrong place to ask, but would you have ten minutes for a question about UX research?',
    because: 'apologises for writing, and twice',
  },
  {
    flag: 'over_apology',
    expected: true,
    text: 'Hi Sam, I apologise for bothering you. My apologies again for the long message.',
    context: { recipientName: 'Sam' },
    because: 'apologises for writing and again for its length',
  },
  {
    flag: 'over_apology',
    expected: false,
    text: 'Hi Sam, sorry to hear the launch slipped. If it helps, I can share the checklist we used at Arden.',
    context: { recipientName: 'Sam' },
    because: 'sympathy for their news, not an apology for writing',
  },
  {
    flag: 'self_deprecation',
    expected: true,
    text: "Hi Priya, I'm nobody special and my question is probably dumb, but how did you move into data science?",
    context: { recipientName: 'Priya' },
    because: '"nobody special", "probably dumb": the writer talks themself down',
  },
  {
    flag: 'self_deprecation',
    expected: true,
    text: "I know I'm not very experienced, I'm only a junior, but I'd love any advice on the Berlin market.",
    because: '"I\'m only a junior", "not very experienced" belittle the writer',
  },
  {
    flag: 'self_deprecation',
    expected: false,
    text: "Hi Priya, I'm a second-year student at Aalto working on sensor fusion. How did you choose your thesis topic?",
    context: { recipientName: 'Priya' },
    because: 'states who the writer is, plainly, without belittling',
  },
];
