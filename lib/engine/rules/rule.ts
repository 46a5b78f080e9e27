import type { Principle } from '../../rules/sections';
import type { Contact } from '../../schema/contact';
import type { FollowUpState } from '../../schema/follow-up';
import type { Settings } from '../../schema/settings';
import type { Situation } from '../../tone/types';
import type { SummaryRole } from '../contact-summary';
import type { QueueContact } from '../queue-contact';
import type { FollowUpItem, QueueFinding, SpecificLabel } from '../types';
import type { EngineView } from '../view';

/**
 * The indexed reads a rule's candidate query may use. The loader implements them over IndexedDB (lib/db/queries/
 * load-queue.ts), so a rule says which people it may find without the engine depending on the database.
 */
export interface ContactIndex {
  /** Contacts whose `index` lies in [from, to], newest first if `reverse`, those `keep` accepts, at most `limit`. */
  between(
    index: 'lastInteractionAt' | 'roleChangedAt',
    from: number,
    to: number,
    options?: {
      reverse?: boolean;
      /** May come from another read (a promise): the walk is asked for with it all the same. */
      keep?: ((contact: Contact) => boolean) | Promise<(contact: Contact) => boolean>;
      limit?: number;
    },
  ): Promise<Contact[]>;
  /** Contacts with a cadence of their own (the loader answers from the queue cards). */
  withOwnCadence(): Promise<QueueContact[]>;
  /** Contacts carrying `tag` (from the queue cards too). */
  tagged(tag: string): Promise<QueueContact[]>;
  /** The snoozed and done states of this rule's items (their keys start with `<rule id>:`). */
  statesOf(ruleId: string): Promise<FollowUpState[]>;
}

/** What the loader must read for a rule; it reads the union of what the registered rules declare. */
export interface RuleNeeds {
  /**
   * A follow-up the rule opens from the history: the summary role that starts it, the one that settles it, and how
   * long it stays worth doing. The open follow-ups (by when they opened: lib/db/summary-store.ts) are read over the
   * longest such lookback.
   */
  opens?: { role: SummaryRole; settledBy: SummaryRole; lookbackMs: number };
  /** People the rule may find with no follow-up open, read through indexes (a handful of rows, not the table). */
  candidates?(index: ContactIndex, context: { settings: Settings; now: number }): Promise<QueueContact[]>;
  /** The candidates' summaries are read up front, because what settles the rule (my outreach) is in them. */
  candidateHistory?: true;
  /** Open commitments with a due date. */
  datedCommitments?: true;
  /** Events that ended within this long, with everything logged at them and the promises made there. */
  eventsWithinMs?: number;
}

/** The starting point of the message a follow-up suggests (lib/engine/draft.ts writes it). */
export interface Opener {
  /** What the message is for, with the specifics written in where they fit a sentence. */
  body(item: FollowUpItem): string[];
  /** The last line: each kind of message ends in its own way, a thank-you not with an intro's question. */
  close: string;
  /** The situation the draft is written for, so the tone check beside it judges it as what it is. */
  situation: Situation;
  /** The specifics (by label) the body writes in; the others are listed beside the draft. */
  writesIn: readonly SpecificLabel[];
}

/**
 * One source of follow-ups, all in its file: what it finds, what it needs read, the key that makes snooze and done
 * stick, and the message it suggests. Each cites its whitepaper section and can be switched off by id.
 */
export interface QueueRule extends Principle {
  /** Its file's name; settings switch it off as `queue:<id>`. */
  id: string;
  /** What the settings page calls it. */
  title: string;
  /** At most this many items from the rule, after snoozed and done ones are taken out. */
  limit?: number;
  /**
   * The key of an item, made from its origin (a meeting, a commitment, a person and the moment their contact
   * lapsed…): stable across recomputations, so snooze and done stick to it. It starts with `<id>:`.
   */
  itemKey(...origin: never[]): string;
  needs: RuleNeeds;
  opener: Opener;
  find(view: EngineView): QueueFinding[];
}

/** The text of a specific the item carries, by its label. */
export const specific = (item: FollowUpItem, label: SpecificLabel) =>
  item.specifics.find((entry) => entry.label === label)?.text;
