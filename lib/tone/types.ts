import type { RuleKey } from '../rules/keys';
import type { WhitepaperSection } from '../rules/sections';
import type { Intent } from '../schema/interaction';

export type { WhitepaperSection };

/** Where a draft will be sent; connection notes have LinkedIn's length caps. */
export type MessageKind = 'message' | 'connection-note' | 'inmail' | 'comment';

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
  kind?: MessageKind;
  /** Rules switched off in settings (the tone engine looks only at `tone:` keys). */
  disabledRules?: readonly RuleKey[];
  /**
   * Reference time for resolving due dates like "by Friday" (epoch ms). Without it no due date is resolved
   * (dueAt stays null): the analyser never reads the clock, so the same input always gives the same report.
   */
  now?: number;
  /** The writer's offset from UTC in minutes (e.g. 60 for CET), so "by Friday" ends at local midnight. Default 0. */
  utcOffsetMinutes?: number;
}

export interface ToneHint {
  ruleId: string;
  /** Character range in the draft, [start, end). */
  start: number;
  end: number;
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

export interface ToneReport {
  scores: ToneScores;
  verdict: { label: 'great' | 'good' | 'needs-work' | 'empty'; summary: string };
  /** [-1, 1], positive = polite. */
  politeness: number;
  intent: { label: Intent; confidence: number };
  commitments: DetectedCommitment[];
  hints: ToneHint[];
  /** The politeness cues that weighed most, strongest first, e.g. "gratitude" (+) or "direct question" (−). */
  politenessCues?: { cue: string; weight: number }[];
}
