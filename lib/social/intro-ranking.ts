import { exchangeOf } from '../engine/exchange';
import { computeLedger } from '../engine/ledger';
import { EXCHANGE_KINDS } from '../engine/outreach';
import type { Commitment } from '../schema/commitment';
import type { Contact } from '../schema/contact';
import type { Interaction } from '../schema/interaction';
import { DAY, formatDay } from '../time/calendar';

// Who to ask for a warm introduction (whitepaper: Social Proof, Reciprocity). An intro spends the introducer's
// credibility on you, so the best person is one you are in touch with and have given to; someone you owe a
// favour, a thank-you or a promise is not asked at all until that is settled.

/** The balance that matters for an ask is the recent one. */
export const INTRO_BALANCE_WINDOW_MS = 365 * DAY;
/** An ask within this long makes another one a second ask in a row. */
const RECENT_ASK_MS = 90 * DAY;
/** Help from them this recent and unanswered is a thank-you owed. */
const THANKS_WINDOW_MS = 90 * DAY;
/** Recency halves every this many days: a month ago is warm, a year ago is cold. */
const RECENCY_HALF_LIFE_DAYS = 90;

// A comment on their post reaches them, but is not the two-way exchange that makes someone willing to introduce you.
const TWO_WAY: ReadonlySet<Interaction['kind']> = new Set(
  EXCHANGE_KINDS.filter((kind) => kind !== 'commented'),
);

export interface IntroducerInput {
  contact: Contact;
  /** Their history, any order; visits are ignored. */
  interactions: readonly Interaction[];
  commitments: readonly Commitment[];
}

export interface RankedIntroducer {
  contact: Contact;
  /** Higher is a better person to ask. */
  score: number;
  /** Why, in plain words, most telling first. */
  reasons: string[];
}

export interface HeldIntroducer {
  contact: Contact;
  /** What to settle first, e.g. "You owe Ada a thank-you for her help on Tue 3 Mar". */
  settleFirst: string;
}

export interface IntroRanking {
  ranked: RankedIntroducer[];
  /** People you owe: shown with what to settle, never offered as introducers. */
  held: HeldIntroducer[];
}

const firstName = (contact: Contact) => contact.name.split(' ')[0] ?? contact.name;

function daysAgo(at: number, now: number): string {
  const days = Math.floor((now - at) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  const months = Math.round(days / 30);
  return months < 24 ? `${months} months ago` : `${Math.round(days / 365)} years ago`;
}

/** What you owe this person, if anything: an unthanked help, a favour not returned, a promise past due. */
function owed(input: IntroducerInput, now: number, timeZone: string): string | null {
  const { contact, interactions, commitments } = input;
  const name = firstName(contact);
  const late = commitments.find(
    (c) => c.by === 'me' && c.status === 'open' && c.dueAt !== null && c.dueAt < now,
  );
  if (late) return `You promised ${name} “${late.text}”: keep that promise before asking for anything`;
  const sorted = [...interactions].filter((i) => i.at <= now).sort((a, b) => b.at - a.at);
  const help = sorted.find((i) => i.actor === 'them' && exchangeOf(i) === 'give');
  if (help && now - help.at <= THANKS_WINDOW_MS) {
    const thanked = sorted.some((i) => i.at >= help.at && i.actor === 'me' && exchangeOf(i) === 'thanks');
    if (!thanked) return `You owe ${name} a thank-you for their help on ${formatDay(help.at, timeZone)}`;
  }
  const ledger = computeLedger(interactions, { now, sinceMs: now - INTRO_BALANCE_WINDOW_MS });
  const favours = ledger.them.gave - ledger.me.gave;
  if (favours > 0) {
    return `${name} has given ${favours} more time${favours === 1 ? '' : 's'} than you this year: return the favour first`;
  }
  return null;
}

/** Scores one person who owes you nothing back: recent, two-way, balanced or in your favour. */
function rank(input: IntroducerInput, now: number): RankedIntroducer {
  const { contact, interactions } = input;
  const reasons: string[] = [];
  const contacts = interactions.filter((i) => TWO_WAY.has(i.kind) && i.at <= now);
  const last = Math.max(contact.lastInteractionAt, ...contacts.map((i) => i.at), 0);
  const recency = last > 0 ? 0.5 ** ((now - last) / DAY / RECENCY_HALF_LIFE_DAYS) : 0;
  reasons.push(last > 0 ? `In touch ${daysAgo(last, now)}` : 'No exchange recorded yet');

  const ledger = computeLedger(interactions, { now, sinceMs: now - INTRO_BALANCE_WINDOW_MS });
  let balance = 0;
  if (ledger.me.gave > 0 && ledger.me.gave > ledger.me.asked) {
    balance = Math.min(0.4, 0.1 * (ledger.me.gave - ledger.me.asked));
    reasons.push(
      `In your favour: you gave ${ledger.me.gave}, asked ${ledger.me.asked}, they gave ${ledger.them.gave}`,
    );
  } else if (ledger.me.gave + ledger.me.asked + ledger.them.gave > 0 && ledger.me.asked <= ledger.me.gave) {
    reasons.push('Balanced give and take');
  }
  const myAsks = contacts.filter((i) => i.actor === 'me' && exchangeOf(i) === 'ask').map((i) => i.at);
  const lastAskAt = Math.max(0, ...myAsks);
  if (lastAskAt > 0 && now - lastAskAt <= RECENT_ASK_MS && ledger.asksSinceMyLastGive > 0) {
    balance -= 0.3;
    reasons.push(`You already asked ${daysAgo(lastAskAt, now)}, with nothing given since`);
  }
  const depth = Math.min(1, contacts.length / 6) * 0.3;
  if (contacts.length >= 3) reasons.push(`${contacts.length} exchanges on record`);
  if (contact.howWeMet) reasons.push(`You met: ${contact.howWeMet}`);
  return { contact, score: recency * 0.6 + balance + depth, reasons };
}

/**
 * Ranks the mutual connections you know as introducers. Ties go to the alphabetically first name, so the order
 * never flickers between two renders.
 */
export function rankIntroducers(
  inputs: readonly IntroducerInput[],
  now: number,
  timeZone: string,
): IntroRanking {
  const ranked: RankedIntroducer[] = [];
  const held: HeldIntroducer[] = [];
  for (const input of inputs) {
    const settleFirst = owed(input, now, timeZone);
    if (settleFirst) held.push({ contact: input.contact, settleFirst });
    else ranked.push(rank(input, now));
  }
  ranked.sort((a, b) => b.score - a.score || a.contact.name.localeCompare(b.contact.name));
  return { ranked, held };
}
