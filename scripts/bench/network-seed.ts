// Invented people for the network view's benchmark and screenshots: skewed like a real network (one employer
// and one city dominate, a long tail of others), with a year of exchanges on a minority of them.
import { newContact } from '../../lib/contacts/new-contact';
import type { Contact } from '../../lib/schema/contact';
import type { Interaction, InteractionKind } from '../../lib/schema/interaction';

const DAY = 86_400_000;
const COMPANIES = [
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella Labs',
  'Stark Freight',
  'Acme Health',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Wonka Foods',
  'Tyrell Bio',
  'Cyberdyne',
  'Aperture',
  'Oscorp',
  'Wayne Energy',
  'Massive Dynamic',
];
const CITIES = [
  'Stockholm, Sweden',
  'Greater London Area',
  'Berlin, Germany',
  'Lisbon, Portugal',
  'Porto, Portugal',
  'New York, New York, United States',
  'Toronto, Ontario, Canada',
  'Nairobi, Kenya',
  'Singapore',
  'São Paulo, Brazil',
  'Oslo, Norway',
  'Madrid, Spain',
];
const ROLES = [
  'Software Engineer',
  'Product Manager',
  'Designer',
  'Data Scientist',
  'Recruiter',
  'Founder',
  'Sales Director',
  'Marketing Lead',
  'Researcher',
  'Engineering Manager',
];
const FIRST = [
  'Ada',
  'Bo',
  'Cleo',
  'Dev',
  'Esra',
  'Femi',
  'Greta',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lena',
  'Mio',
  'Noa',
  'Omar',
  'Pia',
  'Ravi',
  'Sara',
  'Tomás',
  'Uma',
];
const LAST = [
  'Lindqvist',
  'García',
  'Okafor',
  'Sato',
  'Berg',
  'Moreau',
  'Nair',
  'Levi',
  'Costa',
  'Novak',
  'Haddad',
  'Kowalski',
];
const KINDS: InteractionKind[] = [
  'message-sent',
  'message-received',
  'met',
  'call',
  'helped',
  'asked',
  'thanked',
  'shared',
  'intro',
];
const HOW_MET = ['Met at Web Summit', 'Met at Porto Founders Night', 'Former colleague', 'Introduced by Ada'];

/** Skewed pick: index 0 about a third of the time, then a long tail. */
const skewed = (i: number, n: number) => (i % 3 === 0 ? 0 : (i * 7919) % n);

export function networkPerson(i: number, now: number): Contact {
  const role = ROLES[(i * 31) % ROLES.length]!;
  const company = COMPANIES[skewed(i, COMPANIES.length)]!;
  const lastTouch = i % 4 === 0 ? now - ((i * 13) % 700) * DAY : 0;
  return newContact(
    `member-${i}`,
    `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`,
    now - 900 * DAY,
    {
      headline: `${role} at ${company}`,
      title: role,
      company: i % 17 === 0 ? '' : company,
      location: i % 23 === 0 ? '' : CITIES[skewed(i + 1, CITIES.length)]!,
      degree: i % 10 === 0 ? 2 : 1,
      lastInteractionAt: lastTouch,
      connectedAt: now - ((i * 37) % 2000) * DAY,
      howWeMet: i % 9 === 0 ? HOW_MET[i % HOW_MET.length]! : '',
      source: 'import',
    },
  );
}

/** Exchanges over the last year, spread evenly over every fourth person. */
export function networkRow(n: number, contacts: number, now: number): Interaction {
  const kind = KINDS[n % KINDS.length]!;
  return {
    id: `exchange-${n}`,
    contactId: `member-${(n * 4) % contacts}`,
    at: now - ((n * 11) % 360) * DAY - (n % 1000),
    kind,
    actor: kind === 'message-received' || n % 5 === 0 ? 'them' : 'me',
    exchange: 'none',
    intent: kind.startsWith('message') ? (['ask', 'give', 'thanks', 'other'] as const)[n % 4] : undefined,
    context: '',
    excerpt: '',
    source: 'import',
  };
}
