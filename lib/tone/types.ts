import type { RuleKey } from '../rules/keys';
import type { WhitepaperSection } from '../rules/sections';
import type { Intent } from '../schema/interaction';

export type { WhitepaperSection };

/** Where a draft will be sent; connection notes have LinkedIn's length caps. */
export type MessageKind = 'message' | 'connection-note' | 'inmail' | 'comment';

/**
 * Where the draft sits in its conversation, as the judged data records it: `first` opens it, `reply` answers the
 * other person's last message, `nudge` writes again while the writer's last message is unanswered.
 */
export const POSITIONS = ['first', 'reply', 'nudge'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * The situation a draft is judged in (issue 10: "Judge in situation"). Rules apply by situation: a thank-you needs
 * no question, a first message to a stranger must earn attention, a reply must answer the reader.
 * Inferred from the box kind and the thread (`situationOf`), or chosen by the user in the popup's draft box.
 */
export const SITUATIONS = [
  'first-message',
  'connection-note',
  'inmail',
  'reply',
  'nudge',
  'thanks',
  'after-meeting',
  'comment',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/**
 * The give/ask history with the recipient, from the background's ledger (never from the page): an ask after they
 * helped you, or after you gave, is not the cold ask the reciprocity rule warns about.
 */
export interface ToneLedger {
  /** Things the writer gave this person (help, intros, articles, thanks). */
  myGives: number;
  /** Things this person gave the writer. */
  theirGives: number;
  /** Asks the writer made of them since the writer's last give. */
  asksSinceMyLastGive: number;
}

/**
 * What a first message to someone who is not yet a connection could name to borrow credibility (Social Proof):
 * given by the background only for a 2nd- or 3rd-degree recipient.
 */
export interface SocialProof {
  /** Mutual connections by name, the best one to name first (a healthy relationship before a mere shown name). */
  people: readonly string[];
  /** Groups both belong to (a school or employer both list), with the line that says so ("You both studied at …"). */
  groups: readonly { name: string; text: string }[];
}

/** What is known about the recipient, to judge personalisation (Be Prepared: "Do your homework"). */
export interface ToneContext {
  recipientName?: string;
  company?: string;
  headline?: string;
  /** Notes from earlier conversations and the contact record. */
  notes?: string;
  /**
   * Concrete things the message could mention, most personal first, from the "Before you write" brief: a shared
   * school or employer, a mutual connection, their new role, where you met (lib/engine/brief).
   */
  specifics?: readonly { label: string; text: string }[];
  /** Shared connections and groups with a recipient who is not yet a connection (the social-proof rule). */
  socialProof?: SocialProof;
  kind?: MessageKind;
  /** The situation chosen by the user; when absent it is inferred from `kind`, `position` and `previous`. */
  situation?: Situation;
  /** Where the draft sits in the thread, when the page shows the thread. */
  position?: Position;
  /** The other person's latest message before this draft (what a reply answers), when the page shows it. */
  previous?: string;
  /** The give/ask history with this recipient. */
  ledger?: ToneLedger;
  /** How many other people the writer already sent (nearly) this same text to: a template, however friendly. */
  sameTextSentTo?: number;
  /** Rules switched off in settings (the tone engine looks only at `tone:` keys). */
  disabledRules?: readonly RuleKey[];
  /**
   * Reference time for resolving due dates like "by Friday" (epoch ms). Without it no due date is resolved
   * (dueAt stays null): the analyser never reads the clock, so the same input always gives the same report.
   */
  now?: number;
  /** The writer's IANA time zone (e.g. "Europe/Berlin"), so "by Friday" ends at their midnight. Default UTC. */
  timeZone?: string;
}

export interface ToneHint {
  ruleId: string;
  /** Character range in the draft, [start, end): the first of the hint's marks, the one a suggestion replaces. */
  start: number;
  end: number;
  /** Every range this hint underlines, in order (four hedges are one hint with four marks); includes the first. */
  marks: { start: number; end: number }[];
  message: string;
  /** One sentence: why this matters. */
  why: string;
  section: WhitepaperSection;
  /** Replacement text for the range, when one exists. */
  suggestion?: string;
  severity: 'info' | 'warning';
}

export interface DetectedCommitment {
  text: string;
  start: number;
  end: number;
  /** Epoch ms, when the draft states one. */
  dueAt: number | null;
}

export interface ToneScores {
  /** Each 0–100. */
  warmth: number;
  clarity: number;
  professionalism: number;
}

/** The rubric's flags (../shared/data/linkedin-messages/RUBRIC.md), each tied to a whitepaper principle. */
export const FLAG_NAMES = [
  'ask_without_give',
  'pressure',
  'hype',
  'over_apology',
  'self_deprecation',
  'generic',
  'personal_reference',
  'open_question',
  'promise',
  'answers_reader',
] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

/** The rubric's scales, 1–5, as a reviewer would rate the draft. */
export interface ToneRatings {
  /** Would a thoughtful recipient feel this message builds the relationship? */
  overall: number;
  warm: number;
  clear: number;
  professional: number;
}

export interface ToneReport {
  /** The situation the draft was judged in (chosen, or inferred from the box and thread). */
  situation: Situation;
  /** 1–5 on the rubric's scales, learned from judged LinkedIn messages. */
  ratings: ToneRatings;
  /** The same warm, clear and professional ratings on 0–100, for bars. */
  scores: ToneScores;
  /** The headline: "great" builds the relationship, "needs-work" risks it; `reasons` say why in plain words. */
  verdict: { label: 'great' | 'good' | 'needs-work' | 'empty'; summary: string; reasons: string[] };
  /** The rubric's flags as the engine judges them (`answers_reader` only means something in a reply). */
  flags: Record<FlagName, boolean>;
  /** [-1, 1], positive = polite. */
  politeness: number;
  intent: { label: Intent; confidence: number };
  commitments: DetectedCommitment[];
  /** At most three hints, most important first, related marks grouped into one. */
  hints: ToneHint[];
  /** The politeness cues that weighed most, strongest first, e.g. "gratitude" (+) or "direct question" (−). */
  politenessCues?: { cue: string; weight: number }[];
}
