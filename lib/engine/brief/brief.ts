import type { Commitment } from '../../schema/commitment';
import type { Contact } from '../../schema/contact';
import type { Interaction, InteractionKind } from '../../schema/interaction';
import type { OwnProfile } from '../../schema/own-profile';
import { DAY, formatDay, formatMonth } from '../../time/calendar';
import { type Outstanding, outstandingCommitments } from '../commitments';
import { computeLedger } from '../ledger';
import type { Specific } from '../types';
import { changesSinceLastVisit, type ProfileChange, type RoleChange, recentRoleChange } from './changes';
import { type TailoredQuestion, tailoredQuestion } from './question';
import { type GroundItem, sharedGround } from './shared-ground';

// "Before you write": everything Rapport knows that helps the next message, on one card (Be Prepared and
// Purposeful: "Do Your Homework"). Computed locally from the contact, their history and the user's own profile.

/** A role changed this recently is still news worth a congratulation. */
export const NEW_ROLE_WINDOW_MS = 60 * DAY;
/** With only one visit logged, changes this recent count as new. */
const CHANGE_FALLBACK_MS = 30 * DAY;

export interface Brief {
  ground: GroundItem[];
  /** Null when Rapport has no own profile: the view says how to set one. */
  ownProfileKnown: boolean;
  howWeMet: string | null;
  lastExchange: string | null;
  /** Who owes whom, in one line, or null when the balance is even or empty. */
  owes: string | null;
  promises: Outstanding;
  question: TailoredQuestion;
  changes: ProfileChange[];
  newRole: RoleChange | null;
}

export interface BriefInputs {
  contact: Contact;
  own: OwnProfile | null;
  interactions: readonly Interaction[];
  commitments: readonly Commitment[];
  now: number;
  timeZone: string;
}

const KIND_WORDS: Partial<Record<InteractionKind, string>> = {
  met: 'you met',
  'message-sent': 'you wrote',
  'message-received': 'they wrote',
  'invitation-sent': 'you invited them to connect',
  'invitation-received': 'they invited you to connect',
  connected: 'you connected',
  call: 'you spoke',
  intro: 'an introduction',
  shared: 'something was shared',
  helped: 'help was given',
  asked: 'a favour was asked',
  thanked: 'thanks were said',
  commented: 'a comment',
};

/** Who did what, in words: "they helped", "you asked". */
function whatHappened(interaction: Interaction): string {
  const who = interaction.actor === 'me' ? 'you' : 'they';
  switch (interaction.kind) {
    case 'shared':
    case 'helped':
    case 'asked':
    case 'thanked':
    case 'commented':
      return `${who} ${interaction.kind}`;
    case 'intro':
      return `${who} made an introduction`;
    default:
      return KIND_WORDS[interaction.kind] ?? interaction.kind;
  }
}

function howWeMetLine(
  contact: Contact,
  history: readonly Interaction[],
  timeZone: string,
  now: number,
): string | null {
  const met = history.find((i) => i.kind === 'met');
  if (met) return `Met ${met.context ? `at ${met.context}, ` : ''}${formatDay(met.at, timeZone)}`;
  if (contact.howWeMet) return contact.howWeMet;
  if (contact.connectedAt)
    return `Connected on LinkedIn in ${formatMonth(contact.connectedAt, now, timeZone)}`;
  const invitation = history.find((i) => i.kind === 'invitation-sent' || i.kind === 'invitation-received');
  if (invitation) return `${whatHappened(invitation)} in ${formatMonth(invitation.at, now, timeZone)}`;
  return null;
}

function lastExchangeLine(history: readonly Interaction[], timeZone: string): string | null {
  const last = history.findLast((i) => i.kind !== 'visit' && i.kind !== 'note');
  if (!last) return null;
  const about = last.context || last.excerpt;
  const what = whatHappened(last);
  return `${formatDay(last.at, timeZone)}: ${what.charAt(0).toUpperCase()}${what.slice(1)}${about ? ` — “${about}”` : ''}`;
}

function owesLine(history: readonly Interaction[], now: number): string | null {
  const { me, them } = computeLedger(history, { now });
  if (them.gave > me.gave && them.gave > me.thanked)
    return 'You owe them: they have given more than you (a thank-you or a favour returned).';
  if (me.asked > me.gave && me.asked > them.asked)
    return 'You have asked more than you gave: give before the next ask.';
  if (me.gave > them.gave + them.asked && me.gave > 0)
    return 'They owe you: you have given more. No need to ask yet.';
  return null;
}

export function computeBrief({ contact, own, interactions, commitments, now, timeZone }: BriefInputs): Brief {
  const history = interactions.filter((i) => i.at <= now).sort((a, b) => a.at - b.at);
  const newRole = recentRoleChange(contact, now, NEW_ROLE_WINDOW_MS);
  const currentYear = new Date(now).getUTCFullYear();
  return {
    ground: sharedGround(contact, own, currentYear),
    ownProfileKnown: own !== null,
    howWeMet: howWeMetLine(contact, history, timeZone, now),
    lastExchange: lastExchangeLine(history, timeZone),
    owes: owesLine(history, now),
    promises: outstandingCommitments(commitments, now),
    question: tailoredQuestion(contact, newRole),
    changes: changesSinceLastVisit(contact, history, now, CHANGE_FALLBACK_MS),
    newRole,
  };
}

/**
 * The concrete things a message could mention, for the draft box and the personal-reference hint: a shared
 * employer or school, a mutual connection, a new role, where you met. Most personal first.
 */
export function briefSpecifics(brief: Pick<Brief, 'ground' | 'newRole' | 'howWeMet'>): Specific[] {
  const specifics: Specific[] = [];
  if (brief.newRole)
    specifics.push({
      label: 'Their new role',
      text: [brief.newRole.title, brief.newRole.company].filter(Boolean).join(' at '),
    });
  for (const item of brief.ground) {
    if (!item.subject || item.kind === 'tag') continue;
    specifics.push({ label: GROUND_LABEL[item.kind], text: item.subject });
  }
  if (brief.howWeMet) specifics.push({ label: 'How you met', text: brief.howWeMet });
  return specifics;
}

const GROUND_LABEL: Record<'employer' | 'school' | 'mutual' | 'city', string> = {
  employer: 'Shared employer',
  school: 'Shared school',
  mutual: 'Mutual connection',
  city: 'Same city',
};

/**
 * The brief's specifics without the history: what the inline hints can afford to compute on every draft change
 * (shared ground, a new role, how you met as recorded on the contact).
 */
export function quickSpecifics(contact: Contact, own: OwnProfile | null, now: number): Specific[] {
  const newRole = recentRoleChange(contact, now, NEW_ROLE_WINDOW_MS);
  return briefSpecifics({
    ground: sharedGround(contact, own, new Date(now).getUTCFullYear()),
    newRole,
    howWeMet: contact.howWeMet || null,
  });
}
