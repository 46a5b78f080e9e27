import type { Interaction } from '../../schema/interaction';
import { DAY, formatDay, HOUR } from '../../time/calendar';
import { exchangeOf } from '../exchange';
import type { QueueFinding } from '../types';
import type { EngineView } from '../view';
import { latest } from '../view';
import { type QueueRule, specific } from './rule';

/** Kinds through which they can give; messages count when the tone engine read a give in them. */
export const HELP_KINDS = ['helped', 'intro', 'shared', 'message-received'] as const;
/** Thanks a month late still counts; after that it reads as an afterthought. */
export const THANKS_LOOKBACK_MS = 30 * DAY;

const isHelpKind = (interaction: Interaction) => (HELP_KINDS as readonly string[]).includes(interaction.kind);
/** Help they gave: what starts a thanks owed. */
export const theyGave = (interaction: Interaction) =>
  interaction.actor === 'them' && isHelpKind(interaction) && exchangeOf(interaction) === 'give';
/** My thanks: what settles a thanks owed. */
export const iThanked = (interaction: Interaction) =>
  interaction.actor === 'me' && exchangeOf(interaction) === 'thanks';

const VERB: Partial<Record<Interaction['kind'], string>> = {
  intro: 'introduced you',
  shared: 'shared something',
};

function describe(help: Interaction, name: string, timeZone: string): string {
  const what = help.context ? `: ${help.context}` : '';
  return `${name} ${VERB[help.kind] ?? 'helped you'} on ${formatDay(help.at, timeZone)}${what}`;
}

const key = (help: Interaction) => `thanks-owed:${help.id}`;

export const thanksOwed = {
  id: 'thanks-owed',
  title: 'Thanks owed for help',
  section: 'Reciprocity',
  why: 'Thanking someone promptly for their help acknowledges the give and keeps the exchange going both ways.',
  itemKey: key,
  needs: { opens: { role: 'theirGive', settledBy: 'myThanks', lookbackMs: THANKS_LOOKBACK_MS } },
  opener: {
    body: (item) => {
      const shared = specific(item, 'What they shared');
      return [`Thank you for your help${shared ? ` (${shared})` : ''}. It made a real difference.`];
    },
    close: 'If there is ever anything I can do in return, I would be glad to.',
    situation: 'thanks',
    writesIn: ['What they shared'],
  },
  find({ contacts, history, settings, now, timeZone }: EngineView): QueueFinding[] {
    const findings: QueueFinding[] = [];
    for (const [contactId, list] of history) {
      const help = latest(list, theyGave);
      if (!help || !contacts.has(contactId) || now - help.at > THANKS_LOOKBACK_MS) continue;
      if (list.some((interaction) => interaction.at > help.at && iThanked(interaction))) continue;
      const dueAt = help.at + settings.followUpWindowHours[1] * HOUR;
      findings.push({
        key: key(help),
        contactId,
        reasonFor: (name) => describe(help, name, timeZone),
        action: `Say thank you by ${formatDay(dueAt, timeZone)}`,
        dueAt,
        hard: true,
        priority: 1,
        logAs: { kind: 'thanked' },
      });
    }
    return findings;
  },
} as const satisfies QueueRule;
