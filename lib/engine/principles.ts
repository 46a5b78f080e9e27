/** The whitepaper sections the relationship engine serves; every rule and nudge names one. */
export type EngineSection =
  | 'Follow Up Thoughtfully'
  | 'Reciprocity'
  | 'Trust'
  | 'Be Patient'
  | 'Diversify Your Network';

export interface Principle {
  section: EngineSection;
  /** One sentence: why the rule exists. */
  why: string;
}
