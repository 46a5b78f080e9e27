import type { Contact } from '../../schema/contact';
import type { Interaction } from '../../schema/interaction';

// What changed on their profile since the user last looked: history keeps each replaced value with the time a
// capture (or a newer export) saw the change, and visits are logged once a day.

export interface ProfileChange {
  field: 'title' | 'company' | 'headline' | 'location';
  before: string;
  after: string;
  changedAt: number;
}

/** A new title or company, as one role: the occasion the new-role follow-up congratulates. */
export interface RoleChange {
  title: string;
  company: string;
  before: string;
  changedAt: number;
}

const SHOWN_FIELDS = new Set(['title', 'company', 'headline', 'location']);

/** The value each field has now, walking history forward: the replaced value's successor is the next one. */
function changesOf(contact: Contact): ProfileChange[] {
  const changes: ProfileChange[] = [];
  const history = contact.history.filter((change) => SHOWN_FIELDS.has(change.field));
  history.forEach((change, i) => {
    const next = history.slice(i + 1).find((later) => later.field === change.field);
    const field = change.field as ProfileChange['field'];
    changes.push({
      field,
      before: change.value,
      after: next ? next.value : contact[field],
      changedAt: change.changedAt,
    });
  });
  return changes;
}

/**
 * Changes newer than the visit before the latest one: what is new to the user today. With a single visit (or
 * none), what changed within `fallbackMs` of now.
 */
export function changesSinceLastVisit(
  contact: Contact,
  interactions: readonly Interaction[],
  now: number,
  fallbackMs: number,
): ProfileChange[] {
  const visits = interactions
    .filter((i) => i.kind === 'visit')
    .map((i) => i.at)
    .sort((a, b) => b - a);
  const since = visits.length >= 2 ? visits[1]! : now - fallbackMs;
  return changesOf(contact).filter((change) => change.changedAt > since && change.before !== change.after);
}

/** The latest role change, if it is within `withinMs` of now. */
export function recentRoleChange(
  contact: Pick<Contact, 'roleChangedAt' | 'history' | 'title' | 'company'>,
  now: number,
  withinMs: number,
): RoleChange | null {
  if (!contact.roleChangedAt || now - contact.roleChangedAt > withinMs) return null;
  const at = contact.roleChangedAt;
  const replaced = contact.history.filter(
    (change) => change.changedAt === at && (change.field === 'title' || change.field === 'company'),
  );
  const before = replaced.map((change) => change.value).join(' at ');
  return { title: contact.title, company: contact.company, before, changedAt: at };
}
