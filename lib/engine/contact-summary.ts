import type { Interaction } from '../schema/interaction';
import { isMyOutreach } from './outreach';
import { QUEUE_RULES } from './rules';
import { isMeeting } from './rules/meeting-follow-up';
import type { RuleNeeds } from './rules/rule';
import { iThanked, theyGave } from './rules/thanks-owed';
import { isMeetingWithPlace, isNoteWithText, isSharedWithWhat } from './specifics';

/**
 * Of a person's whole history, the queue needs only the latest interaction in a few roles: what starts a
 * follow-up (a meeting, help they gave), what settles one (my outreach, my thanks) and what to mention (where we
 * met, my last note, what they shared). The rules and the specifics read these through the same predicates.
 */
export const SUMMARY_ROLES = {
  meeting: isMeeting,
  theirGive: theyGave,
  myOutreach: isMyOutreach,
  myThanks: iThanked,
  meetingWithPlace: isMeetingWithPlace,
  note: isNoteWithText,
  shared: isSharedWithWhat,
} as const satisfies Record<string, (interaction: Interaction) => boolean>;
export type SummaryRole = keyof typeof SUMMARY_ROLES;
const ROLES = Object.entries(SUMMARY_ROLES) as [SummaryRole, (interaction: Interaction) => boolean][];

/** One row per person with any history, kept current on every write of an interaction (lib/db/summary-middleware.ts). */
export interface ContactSummary {
  contactId: string;
  latest: Partial<Record<SummaryRole, Interaction>>;
  /**
   * When the latest follow-up still open began: a meeting I have not reached out after, or help I have not
   * thanked for. Absent when none is open, so the index holds only people a follow-up may be owed to, and the
   * queue reads those, not the history.
   */
  openSince?: number;
}

// Latest by time, then by id: the same rows give the same summary in whatever order they were written.
const isLater = (a: Interaction, b: Interaction) => a.at > b.at || (a.at === b.at && a.id >= b.id);

/** Folds `interaction` into the summary (it replaces a role's holder it is later than); true if it changed. */
export function foldInteraction(summary: ContactSummary, interaction: Interaction): boolean {
  let changed = false;
  for (const [role, matches] of ROLES) {
    const held = summary.latest[role];
    if (matches(interaction) && (!held || isLater(interaction, held))) {
      summary.latest[role] = interaction;
      changed = true;
    }
  }
  if (changed) setOpenSince(summary);
  return changed;
}

/** What opens a follow-up from the history, as the queue rules declare it (a meeting, help they gave…). */
const OPENS = QUEUE_RULES.flatMap((rule): NonNullable<RuleNeeds['opens']>[] =>
  'opens' in rule.needs ? [rule.needs.opens] : [],
);

/** The starts of the follow-ups still open: each opening role's latest, unless what settles it came later. */
function openStarts({ latest }: ContactSummary): Interaction[] {
  return OPENS.flatMap(({ role, settledBy }) => {
    const start = latest[role];
    const settled = latest[settledBy];
    return start && !(settled && settled.at > start.at) ? [start] : [];
  });
}

function setOpenSince(summary: ContactSummary) {
  const open = openStarts(summary);
  if (open.length) summary.openSince = Math.max(...open.map((start) => start.at));
  else delete summary.openSince;
}

/**
 * What the queue reads of a person with a follow-up open, kept beside their summary (lib/db/summary-middleware.ts):
 * the starts still open, not the whole summary (what settled the others, where we met, my last note, what they
 * shared: what only a row on screen mentions, read then). A quarter of the summary's bytes at 500,000 interactions.
 */
export interface OpenFollowUp {
  contactId: string;
  /** The summary's openSince (indexed): the queue reads the rows of the longest lookback a rule declares. */
  since: number;
  /** Each open start once, its excerpt and signature left out: finding and wording an item needs neither. */
  starts: Interaction[];
}

/** The open-follow-up row of a summary; null when nothing is open. */
export function openFollowUpOf(summary: ContactSummary): OpenFollowUp | null {
  if (summary.openSince === undefined) return null;
  const starts = [...new Map(openStarts(summary).map((start) => [start.id, start])).values()];
  return {
    contactId: summary.contactId,
    since: summary.openSince,
    starts: starts.map(({ signature: _, ...start }) => ({ ...start, excerpt: '' })),
  };
}

/** A person's summary made from their history (in any order); null when nothing in it plays a role. */
export function summaryOf(contactId: string, history: Iterable<Interaction>): ContactSummary | null {
  const summary: ContactSummary = { contactId, latest: {} };
  let any = false;
  for (const interaction of history) any = foldInteraction(summary, interaction) || any;
  return any ? summary : null;
}

/** The interactions a summary holds, each once, oldest first: the history the rules and specifics read. */
export function summaryHistory(summary: ContactSummary | undefined): Interaction[] {
  if (!summary) return [];
  const byId = new Map(Object.values(summary.latest).map((interaction) => [interaction.id, interaction]));
  return [...byId.values()].sort((a, b) => a.at - b.at);
}
