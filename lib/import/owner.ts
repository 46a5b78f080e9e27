import type { InvitationRecord } from './invitations-file';
import type { MessageRecord } from './messages-file';
import { NameDirectory, nameKey } from './name-directory';
import type { RowPerson } from './row-verdict';

/** The member who downloaded the export. Messages since 2022 say FROM and TO, never "sent" or "received". */
export interface Owner {
  name: string;
  profileId: string | null;
}

export interface OwnerCandidate extends Owner {
  /** Share of conversations this person is in, 0–1. */
  share: number;
}

const CANDIDATES = 3;

/** An exchange the owner took part in, and who was in it. */
interface Exchange {
  key: string;
  participants: RowPerson[];
}

// Where a row says its direction (invitations, the 2018 messages), only the owner's side is counted: that
// settles a tie in a small export, where the owner and one correspondent are both in every conversation.
function exchanges(messages: readonly MessageRecord[], invitations: readonly InvitationRecord[]): Exchange[] {
  const fromMessages = messages.map((m) => {
    const ownerSide = m.direction === 'out' ? [m.from] : m.direction === 'in' ? m.to : [m.from, ...m.to];
    return { key: m.conversationId || `message ${m.line}`, participants: ownerSide };
  });
  const fromInvitations = invitations.map((i) => ({
    key: `invitation ${i.line}`,
    participants: [i.direction === 'out' ? i.from : i.to],
  }));
  return [...fromMessages, ...fromInvitations];
}

/**
 * The export's owner is the one person in (nearly) every conversation, so the most frequent participant by
 * conversation is the best guess; the runners-up are offered in case the user must correct it.
 */
export function ownerCandidates(
  messages: readonly MessageRecord[],
  invitations: readonly InvitationRecord[] = [],
): OwnerCandidate[] {
  const all = exchanges(messages, invitations);
  const directory = new NameDirectory();
  for (const { participants } of all)
    for (const person of participants) directory.add(person.name, person.profileId);
  const seenIn = new Map<string, Set<string>>();
  const owners = new Map<string, Owner>();
  for (const { key: exchange, participants } of all) {
    for (const person of participants) {
      const profileId = person.profileId ?? directory.idOf(person.name);
      const key = profileId ?? `name:${nameKey(person.name)}`;
      if (key === 'name:') continue;
      if (!seenIn.has(key)) seenIn.set(key, new Set());
      seenIn.get(key)!.add(exchange);
      if (person.name && !owners.get(key)?.name) owners.set(key, { name: person.name, profileId });
    }
  }
  const total = new Set(all.map((e) => e.key)).size;
  return [...seenIn.entries()]
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, CANDIDATES)
    .map(([key, seen]) => ({
      ...(owners.get(key) ?? { name: '', profileId: key }),
      share: seen.size / total,
    }));
}

/** Whether a person of a row is the owner: by profile id where both have one, by name otherwise. */
export function isOwner(person: RowPerson, owner: Owner): boolean {
  if (person.profileId && owner.profileId) return person.profileId === owner.profileId;
  return nameKey(person.name) === nameKey(owner.name);
}
