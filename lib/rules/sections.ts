/**
 * The whitepaper sections a rule, nudge or hint may cite, each with the heading it sits under in the whitepaper
 * (the short name is what the user reads; the heading is where to find it). One list for tone and engine alike.
 */
export const WHITEPAPER_SECTIONS = {
  Trust: 'The Role of Trust',
  Reciprocity: 'Reciprocity: The Give-and-Take Principle',
  'Social Proof': 'Social Proof and Validation',
  'Emotional Intelligence': 'Emotional Intelligence in Networking',
  'Overcoming Barriers': 'Overcoming Psychological Barriers to Networking',
  'Be Prepared': 'Be Prepared and Purposeful',
  'Active Listening': 'Master Active Listening',
  'Follow Up Thoughtfully': 'Follow Up Thoughtfully',
  'Be Aware of Tone': 'Be Aware of Tone',
  'Diversify Your Network': 'Diversify Your Network',
  Authenticity: 'Emphasise Authenticity',
  'Be Patient': 'Be Patient',
} as const satisfies Record<string, string>;

export type WhitepaperSection = keyof typeof WHITEPAPER_SECTIONS;

/** What a rule shows the user about itself: the section it serves and why, in one sentence. */
export interface Principle {
  section: WhitepaperSection;
  /** One sentence: why the rule exists. */
  why: string;
}
