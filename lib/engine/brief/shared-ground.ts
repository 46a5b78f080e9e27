import type { EducationEntry, ExperienceEntry } from '../../schema/career';
import type { Contact } from '../../schema/contact';
import type { OwnProfile } from '../../schema/own-profile';
import { cityKey, orgKey, yearsOf } from './names';

// "Do Your Homework: research key attendees or stakeholders to identify shared interests or mutual connections"
// (Be Prepared and Purposeful). What the user and the person have in common, from what Rapport knows of both.

export type GroundKind = 'employer' | 'school' | 'city' | 'mutual' | 'tag';

export interface GroundItem {
  kind: GroundKind;
  /** What is shared: the employer, the school, the city, the people named ('' when only a count is known). */
  subject: string;
  /** One line a person would say: "You both studied at AGH University (you overlapped 2012–2014)". */
  text: string;
}

const MAX_MUTUAL_NAMES = 3;
/** "Mar 2023 - Present": a position not yet ended. */
const STILL_THERE = /present|now|heute|actualidad|aujourd|oggi|atual/i;

interface Org {
  name: string;
  dates: string;
  current: boolean;
}

function employersOf(
  current: { title: string; company: string },
  experience: readonly ExperienceEntry[],
): Org[] {
  const orgs: Org[] = experience
    .filter((entry) => entry.company)
    .map((entry, i) => ({
      name: entry.company,
      dates: entry.dates,
      current: entry.dates ? STILL_THERE.test(entry.dates) : i === 0,
    }));
  if (current.company && !orgs.some((org) => orgKey(org.name) === orgKey(current.company)))
    orgs.unshift({ name: current.company, dates: '', current: true });
  else if (current.company) {
    const same = orgs.find((org) => orgKey(org.name) === orgKey(current.company));
    if (same) same.current = true;
  }
  return orgs;
}

function schoolsOf(education: readonly EducationEntry[]): Org[] {
  return education
    .filter((entry) => entry.school)
    .map((entry) => ({ name: entry.school, dates: entry.dates, current: false }));
}

/** Years both spent there, when both list years: "2012–2014". */
function overlap(a: string, b: string, currentYear: number): string | null {
  const mine = yearsOf(a, currentYear);
  const theirs = yearsOf(b, currentYear);
  if (!mine || !theirs) return null;
  const from = Math.max(mine[0], theirs[0]);
  const to = Math.min(mine[1], theirs[1]);
  if (from > to) return null;
  return from === to ? `${from}` : `${from}–${to}`;
}

function matches(mine: readonly Org[], theirs: readonly Org[]): [Org, Org][] {
  const pairs: [Org, Org][] = [];
  const seen = new Set<string>();
  for (const their of theirs) {
    const key = orgKey(their.name);
    if (!key || seen.has(key)) continue;
    const my = mine.find((org) => orgKey(org.name) === key);
    if (!my) continue;
    seen.add(key);
    pairs.push([my, their]);
  }
  return pairs;
}

function employerLine(my: Org, their: Org, currentYear: number): string {
  if (my.current && their.current) return `You both work at ${their.name}`;
  const together = overlap(my.dates, their.dates, currentYear);
  if (together) return `You both worked at ${their.name} (at the same time, ${together})`;
  return `You both worked at ${their.name}`;
}

function schoolLine(my: Org, their: Org, currentYear: number): string {
  const together = overlap(my.dates, their.dates, currentYear);
  const years = yearsOf(their.dates, currentYear);
  if (together) return `You both studied at ${their.name} (you overlapped ${together})`;
  if (years) return `You both studied at ${their.name} (they were there ${years[0]}–${years[1]})`;
  return `You both studied at ${their.name}`;
}

function mutualLine(contact: Contact): GroundItem | null {
  const names = contact.mutualNames.slice(0, MAX_MUTUAL_NAMES);
  const count = Math.max(contact.mutualCount ?? 0, contact.mutualNames.length);
  if (count === 0) return null;
  const others = count - names.length;
  const listed = names.length === 0 ? '' : names.join(', ');
  const text =
    names.length === 0
      ? `${count} mutual connection${count === 1 ? '' : 's'}`
      : others > 0
        ? `You both know ${listed} and ${others} other${others === 1 ? '' : 's'}`
        : `You both know ${listed}`;
  return { kind: 'mutual', subject: listed, text };
}

/**
 * Shared employers, schools and city (which need the user's own profile), mutual connections and the tags the
 * user filed them under (which do not). Strongest first: a shared past weighs more than a shared city.
 */
export function sharedGround(contact: Contact, own: OwnProfile | null, currentYear: number): GroundItem[] {
  const items: GroundItem[] = [];
  if (own) {
    for (const [my, their] of matches(
      employersOf(own, own.experience),
      employersOf(contact, contact.experience),
    ))
      items.push({ kind: 'employer', subject: their.name, text: employerLine(my, their, currentYear) });
    for (const [my, their] of matches(schoolsOf(own.education), schoolsOf(contact.education)))
      items.push({ kind: 'school', subject: their.name, text: schoolLine(my, their, currentYear) });
    const city = cityKey(contact.location);
    if (city && city === cityKey(own.location)) {
      const name = contact.location.split(',')[0]!.trim();
      items.push({ kind: 'city', subject: name, text: `You are both in ${name}` });
    }
  }
  const mutual = mutualLine(contact);
  if (mutual) items.push(mutual);
  if (contact.tags.length > 0)
    items.push({
      kind: 'tag',
      subject: contact.tags.join(', '),
      text: `You filed them under ${contact.tags.join(', ')}`,
    });
  return items;
}
