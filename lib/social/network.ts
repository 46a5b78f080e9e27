import { foldWord } from '../contacts/search-words';
import { exchangeOf } from '../engine/exchange';
import type { PartyTally } from '../engine/ledger';
import { EXCHANGE_KINDS } from '../engine/outreach';
import type { Contact } from '../schema/contact';
import type { Interaction, InteractionKind } from '../schema/interaction';
import { DAY } from '../time/calendar';

// "Your network at a glance" (whitepaper: Diversify Your Network — "Strong networks incorporate a variety of
// connections … Weak Ties: casual acquaintances are often valuable connectors"). Pure and single-pass, so the
// picture of 50,000 people is drawn as fast as IndexedDB can hand them over.

/** The kinds that count as being in touch (a visit or a private note does not) and that move the balance. */
export const NETWORK_KINDS: readonly InteractionKind[] = EXCHANGE_KINDS;
/** How far back the balance and tie strength look. */
export const NETWORK_WINDOW_MS = 365 * DAY;
/** Exchanges in the last half year that make a tie strong. */
const STRONG_WINDOW_MS = 180 * DAY;
const STRONG_EXCHANGES = 3;
/** Bars per picture; the rest is one "Other" bar. */
const TOP = 8;
const OTHER = 'Other';
const UNKNOWN = 'Not known';
const SUGGESTED_PEOPLE = 3;

export type NetworkRow = Pick<Interaction, 'contactId' | 'at' | 'kind' | 'actor' | 'exchange' | 'intent'>;

export interface NetworkInputs {
  contacts: readonly Contact[];
  /** Interactions of NETWORK_KINDS in the last NETWORK_WINDOW_MS. */
  interactions: readonly NetworkRow[];
  now: number;
  /** Days without contact after which a tie counts as dormant (the settings' weak-tie threshold). */
  weakTieDays: number;
}

export interface Slice {
  label: string;
  count: number;
}

export type SuggestionSection =
  | 'Diversify Your Network'
  | 'Reciprocity'
  | 'Social Proof and Validation'
  | 'Be Patient';

export interface Suggestion {
  text: string;
  section: SuggestionSection;
  /** The people the text names, so the page can link them. */
  people: { id: string; name: string; profileUrl: string }[];
}

export type PictureId = 'tie' | 'company' | 'keyword' | 'location' | 'degree' | 'how-met' | 'recency';

export interface Picture {
  id: PictureId;
  title: string;
  slices: Slice[];
  suggestion: Suggestion;
}

export interface NetworkPicture {
  total: number;
  pictures: Picture[];
  balance: { me: PartyTally; them: PartyTally };
  balanceSuggestion: Suggestion;
}

export type TieStrength = 'strong' | 'weak' | 'dormant';

/** Words that say nothing about a field when they lead a headline. */
const HEADLINE_NOISE = new Set(
  (
    'a an and at the of for in on to with by from as or my our your i we me us is are be who what how ' +
    'helping help passionate about love building build driving lead leading senior junior head chief ' +
    'former ex current open new based team teams people world global company companies its it'
  ).split(' '),
);

// A city is the useful grain: "Greater Stockholm Metropolitan Area" and "Stockholm, Sweden" are one place.
function placeOf(location: string): string {
  const first = location.split(',')[0]!.trim();
  const city = first
    .replace(/^greater\s+/i, '')
    .replace(/\s+(metropolitan\s+area|metro\s+area|area|region|bay area)$/i, '')
    .trim();
  return city || UNKNOWN;
}

/** Counts under folded keys, remembering the first spelling seen as the label. */
class Tally {
  private readonly counts = new Map<string, { label: string; count: number }>();
  add(label: string) {
    const key = foldWord(label);
    const entry = this.counts.get(key);
    if (entry) entry.count++;
    else this.counts.set(key, { label, count: 1 });
  }
  /** The first spelling seen of a folded key. */
  labelOf(key: string): string {
    return this.counts.get(key)?.label ?? key;
  }
  /** The biggest first, ties by label; past TOP, one "Other"; "Not known" always last. */
  slices(order?: readonly string[]): Slice[] {
    const all = [...this.counts.values()];
    if (order) {
      return order.flatMap((label) => {
        const found = this.counts.get(foldWord(label));
        return found ? [{ label: found.label, count: found.count }] : [];
      });
    }
    const unknown = all.find((s) => s.label === UNKNOWN);
    const known = all
      .filter((s) => s.label !== UNKNOWN)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    const slices = known.slice(0, TOP).map(({ label, count }) => ({ label, count }));
    const rest = known.slice(TOP).reduce((sum, s) => sum + s.count, 0);
    if (rest) slices.push({ label: OTHER, count: rest });
    if (unknown) slices.push({ label: UNKNOWN, count: unknown.count });
    return slices;
  }
}

const RECENCY_BUCKETS: [string, number][] = [
  ['Last 30 days', 30],
  ['1–3 months', 91],
  ['3–6 months', 182],
  ['6–12 months', 365],
  ['Over a year', Number.POSITIVE_INFINITY],
];
const NEVER = 'No exchange yet';

function recencyLabel(lastAt: number, now: number): string {
  if (lastAt <= 0) return NEVER;
  const days = (now - lastAt) / DAY;
  return RECENCY_BUCKETS.find(([, max]) => days <= max)![0];
}

const DEGREE_LABELS = ['Not known', '1st', '2nd', '3rd'] as const;

function howMetOf(contact: Contact): string {
  if (contact.howWeMet.trim()) return contact.howWeMet.trim().slice(0, 60);
  if (contact.source === 'import' || contact.connectedAt !== null) return 'LinkedIn connection';
  return 'Profile visited';
}

/** Headline words that say what someone does, each once per person. */
function keywordsOf(headline: string): string[] {
  const words = new Set<string>();
  for (const raw of headline.match(/[\p{L}][\p{L}\p{N}+#.-]*/gu) ?? []) {
    const word = foldWord(raw.replace(/[.-]+$/, ''));
    if (word.length < 3 || HEADLINE_NOISE.has(word)) continue;
    words.add(word);
  }
  return [...words];
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/**
 * The names to show for people suggested together. Two people of the same name ("Ada Berg and Ada Berg") read as a
 * mistake and leave the user guessing which to write to: a repeated name is told apart by company, else by place.
 */
function shownNames(people: readonly Contact[]): string[] {
  const repeated = (name: string) => people.filter((p) => p.name === name).length > 1;
  return people.map(({ name, company, location }) => {
    const apart = company || location;
    return repeated(name) && apart ? `${name} (${apart})` : name;
  });
}

function names(people: readonly Contact[]): string {
  const list = shownNames(people);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

const asPeople = (people: readonly Contact[]) => {
  const shown = shownNames(people);
  return people.map(({ id, profileUrl }, i) => ({ id, name: shown[i]!, profileUrl }));
};

interface PersonFacts {
  contact: Contact;
  company: string;
  place: string;
  keywords: string[];
  tie: TieStrength;
  lastAt: number;
}

/**
 * People to start with: quiet for over a year but not forgotten (the most recently lapsed first: the easiest to
 * warm up again), among those `eligible` allows.
 */
function lapsed(facts: readonly PersonFacts[], now: number, eligible: (f: PersonFacts) => boolean) {
  const yearAgo = now - 365 * DAY;
  const pool = facts.filter((f) => f.lastAt > 0 && f.lastAt < yearAgo && eligible(f));
  pool.sort((a, b) => b.lastAt - a.lastAt || a.contact.name.localeCompare(b.contact.name));
  return { count: pool.length, first: pool.slice(0, SUGGESTED_PEOPLE).map((f) => f.contact) };
}

/** Those quiet longest among people you were once in touch with, or the never-contacted if none were. */
function toRevive(facts: readonly PersonFacts[], eligible: (f: PersonFacts) => boolean) {
  const pool = facts.filter((f) => f.tie !== 'strong' && eligible(f));
  pool.sort((a, b) => (b.lastAt > 0 ? 1 : 0) - (a.lastAt > 0 ? 1 : 0) || b.lastAt - a.lastAt);
  return pool.slice(0, SUGGESTED_PEOPLE).map((f) => f.contact);
}

function concentration(
  label: 'company' | 'location',
  noun: string,
  facts: readonly PersonFacts[],
  recent: readonly PersonFacts[],
  keyOf: (f: PersonFacts) => string,
  tally: Tally,
  now: number,
): Suggestion {
  const counts = new Map<string, number>();
  for (const f of recent) if (keyOf(f) !== UNKNOWN) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  const [top, topCount] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
  if (!top) {
    return {
      text: `Rapport does not know the ${label} of your recent contacts yet: open their profiles and it will.`,
      section: 'Diversify Your Network',
      people: [],
    };
  }
  const share = percent(topCount, recent.length);
  const where = `${share} % ${label === 'company' ? 'are at' : 'live in'} ${tally.labelOf(top)}`;
  // "Recent" is everyone in touch within the year; with fewer than five of those, it is everyone.
  const scope =
    recent.length < facts.length ? 'Of the people you were in touch with this year' : 'Of your contacts';
  const outside = lapsed(facts, now, (f) => keyOf(f) !== top && keyOf(f) !== UNKNOWN);
  if (outside.count === 0) {
    return {
      text: `${scope}, ${where}. Nobody ${noun} has gone a year without hearing from you; to widen your circle, get to know people ${label === 'company' ? 'at other companies' : 'in other places'}.`,
      section: 'Diversify Your Network',
      people: [],
    };
  }
  const start = outside.first.length
    ? ` — start with ${outside.first.length === 1 ? 'this one' : `these ${outside.first.length === 2 ? 'two' : 'three'}`}: ${names(outside.first)}.`
    : '.';
  const ties = `${outside.count} weak tie${outside.count === 1 ? '' : 's'} ${noun} ${outside.count === 1 ? 'has' : 'have'} not heard from you in a year`;
  return {
    text: `${scope}, ${where}; ${ties}${start}`,
    section: 'Diversify Your Network',
    people: asPeople(outside.first),
  };
}

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/**
 * The picture drawn in steps, so that the background can read 50,000 people a page at a time and answer messages in
 * between (one call over everyone held the worker for the whole drawing): every exchange of the window first (tie
 * strength needs each person's), then people in batches of any size, then `finish`. `computeNetwork` is the same
 * in one call.
 */
export class NetworkDrawing {
  private readonly since: number;
  private readonly strongSince: number;
  private readonly dormantAfter: number;
  private readonly recentTouches = new Map<string, number>();
  private readonly lastTouch = new Map<string, number>();
  private readonly me: PartyTally = { gave: 0, asked: 0, thanked: 0 };
  private readonly them: PartyTally = { gave: 0, asked: 0, thanked: 0 };
  private readonly tallies = {
    company: new Tally(),
    keyword: new Tally(),
    location: new Tally(),
    degree: new Tally(),
    howMet: new Tally(),
    recency: new Tally(),
    tie: new Tally(),
  };
  private readonly facts: PersonFacts[] = [];
  private peopleStarted = false;

  constructor(
    private readonly now: number,
    weakTieDays: number,
  ) {
    this.since = now - NETWORK_WINDOW_MS;
    this.strongSince = now - STRONG_WINDOW_MS;
    this.dormantAfter = now - weakTieDays * DAY;
  }

  /** Exchanges of NETWORK_KINDS (rows outside the window are skipped); all of them before the first person. */
  addExchanges(interactions: readonly NetworkRow[]): void {
    if (this.peopleStarted)
      throw new Error('NetworkDrawing: every exchange must come before the first person');
    const { now, since, strongSince, recentTouches, lastTouch, me, them } = this;
    for (const row of interactions) {
      if (row.at > now || row.at < since) continue;
      if (row.at >= strongSince)
        recentTouches.set(row.contactId, (recentTouches.get(row.contactId) ?? 0) + 1);
      if (row.at > (lastTouch.get(row.contactId) ?? 0)) lastTouch.set(row.contactId, row.at);
      const tally = row.actor === 'me' ? me : them;
      const exchange = exchangeOf(row);
      if (exchange === 'give') tally.gave++;
      else if (exchange === 'ask') tally.asked++;
      else if (exchange === 'thanks') tally.thanked++;
    }
  }

  addPeople(contacts: readonly Contact[]): void {
    this.peopleStarted = true;
    const { now, dormantAfter, recentTouches, lastTouch, tallies, facts } = this;
    for (const contact of contacts) {
      const lastAt = Math.max(contact.lastInteractionAt, lastTouch.get(contact.id) ?? 0);
      const tie: TieStrength =
        (recentTouches.get(contact.id) ?? 0) >= STRONG_EXCHANGES
          ? 'strong'
          : lastAt > 0 && lastAt >= dormantAfter
            ? 'weak'
            : 'dormant';
      const company = contact.company.trim() || UNKNOWN;
      const place = contact.location.trim() ? placeOf(contact.location) : UNKNOWN;
      const keywords = keywordsOf(contact.headline || contact.title);
      tallies.company.add(company);
      tallies.location.add(place);
      for (const word of keywords) tallies.keyword.add(word);
      tallies.degree.add(DEGREE_LABELS[contact.degree ?? 0]);
      tallies.howMet.add(howMetOf(contact));
      tallies.recency.add(recencyLabel(lastAt, now));
      tallies.tie.add(tie);
      facts.push({ contact, company: foldWord(company), place: foldWord(place), keywords, tie, lastAt });
    }
  }

  /** The seven pictures, the balance and a suggestion for each. */
  finish(): NetworkPicture {
    const { now, since, me, them, tallies, facts } = this;
    const recentFacts = facts.filter((f) => f.lastAt >= since);
    const recent = recentFacts.length >= 5 ? recentFacts : facts;
    const byTie = { strong: 0, weak: 0, dormant: 0 };
    for (const f of facts) byTie[f.tie]++;

    const unknownKey = foldWord(UNKNOWN);
    const companyKey = (f: PersonFacts) => (f.company === unknownKey ? UNKNOWN : f.company);
    const placeKey = (f: PersonFacts) => (f.place === unknownKey ? UNKNOWN : f.place);

    const topKeyword = tallies.keyword.slices()[0];
    const keywordSuggestion: Suggestion = (() => {
      if (!topKeyword || topKeyword.label === OTHER || topKeyword.label === UNKNOWN) {
        return {
          text: 'Headlines tell what people do; open profiles and Rapport will learn them.',
          section: 'Diversify Your Network',
          people: [],
        };
      }
      const key = foldWord(topKeyword.label);
      const outside = toRevive(facts, (f) => f.keywords.length > 0 && !f.keywords.includes(key));
      return {
        text: `${percent(topKeyword.count, facts.length)} % of your network say “${topKeyword.label}” in their headline. People from other fields bring fresh ideas${outside.length ? `: catch up with ${names(outside)}` : ''}.`,
        section: 'Diversify Your Network',
        people: asPeople(outside),
      };
    })();

    const notConnected = facts
      .filter((f) => (f.contact.degree === 2 || f.contact.degree === 3) && f.lastAt > 0)
      .sort((a, b) => b.lastAt - a.lastAt);
    const degreeSuggestion: Suggestion = notConnected.length
      ? {
          text: `${notConnected.length} ${notConnected.length === 1 ? 'person' : 'people'} you have been in touch with ${notConnected.length === 1 ? 'is' : 'are'} not a connection yet: invite them with a personal note, starting with ${names(notConnected.slice(0, SUGGESTED_PEOPLE).map((f) => f.contact))}.`,
          section: 'Social Proof and Validation',
          people: asPeople(notConnected.slice(0, SUGGESTED_PEOPLE).map((f) => f.contact)),
        }
      : {
          text: 'Everyone you have been in touch with is a connection: their network now sees you as one of theirs.',
          section: 'Social Proof and Validation',
          people: [],
        };

    const metAtEvents = facts.filter((f) => /\bmet at\b/i.test(f.contact.howWeMet)).length;
    const howMetSuggestion: Suggestion = {
      text:
        metAtEvents === 0
          ? 'None of your contacts is recorded as met at an event: next time, tap “I’m at an event” and follow everyone up in one batch.'
          : `${metAtEvents} of your contacts come from events (${percent(metAtEvents, facts.length)} %). Events bring ties from outside your circle: keep going, and follow up within 48 hours.`,
      section: 'Diversify Your Network',
      people: [],
    };

    const cooling = facts
      .filter((f) => f.lastAt > 0 && now - f.lastAt > 182 * DAY && now - f.lastAt <= 365 * DAY)
      .sort((a, b) => a.lastAt - b.lastAt);
    const recencySuggestion: Suggestion = {
      text: cooling.length
        ? `${cooling.length} ${cooling.length === 1 ? 'person has' : 'people have'} not heard from you in 6–12 months; a short useful note now keeps them from going dormant, starting with ${names(cooling.slice(0, SUGGESTED_PEOPLE).map((f) => f.contact))}.`
        : 'Nobody is drifting out of touch: everyone you were in touch with this year heard from you in the last six months.',
      section: 'Be Patient',
      people: asPeople(cooling.slice(0, SUGGESTED_PEOPLE).map((f) => f.contact)),
    };

    const revive = toRevive(facts, (f) => f.tie === 'dormant' && f.lastAt > 0);
    const tieSuggestion: Suggestion = {
      text: `${byTie.strong} strong, ${byTie.weak} weak and ${byTie.dormant} dormant ties. Weak ties bring opportunities from outside your circle${revive.length ? `: revive ${revive.length === 1 ? 'one' : revive.length === 2 ? 'two' : 'three'} dormant ones with something useful, starting with ${names(revive)}` : ''}.`,
      section: 'Diversify Your Network',
      people: asPeople(revive),
    };

    const balanceSuggestion: Suggestion = {
      text:
        me.asked > me.gave
          ? `This year you asked ${times(me.asked)} and gave ${me.gave}: give before the next ask — share an article, make an intro, offer help.`
          : them.gave > me.gave
            ? `This year others gave ${times(them.gave)} and you gave ${me.gave}: return a favour or two.`
            : `This year you gave ${times(me.gave)} and asked ${me.asked}: a generous balance that makes an ask welcome when you need one.`,
      section: 'Reciprocity',
      people: [],
    };

    return {
      total: facts.length,
      pictures: [
        {
          id: 'tie',
          title: 'Tie strength',
          slices: tallies.tie.slices(['strong', 'weak', 'dormant']),
          suggestion: tieSuggestion,
        },
        {
          id: 'company',
          title: 'By company',
          slices: tallies.company.slices(),
          suggestion: concentration('company', 'outside it', facts, recent, companyKey, tallies.company, now),
        },
        {
          id: 'keyword',
          title: 'By headline keyword',
          slices: tallies.keyword.slices(),
          suggestion: keywordSuggestion,
        },
        {
          id: 'location',
          title: 'By location',
          slices: tallies.location.slices(),
          suggestion: concentration('location', 'elsewhere', facts, recent, placeKey, tallies.location, now),
        },
        {
          id: 'degree',
          title: 'By degree',
          slices: tallies.degree.slices(['1st', '2nd', '3rd', 'Not known']),
          suggestion: degreeSuggestion,
        },
        {
          id: 'how-met',
          title: 'How you met',
          slices: tallies.howMet.slices(),
          suggestion: howMetSuggestion,
        },
        {
          id: 'recency',
          title: 'Last in touch',
          slices: tallies.recency.slices([...RECENCY_BUCKETS.map(([label]) => label), NEVER]),
          suggestion: recencySuggestion,
        },
      ],
      balance: { me, them },
      balanceSuggestion,
    };
  }
}

/** Counts, measures and one suggestion per picture, in one pass over people and one over the year's exchanges. */
export function computeNetwork({ contacts, interactions, now, weakTieDays }: NetworkInputs): NetworkPicture {
  const drawing = new NetworkDrawing(now, weakTieDays);
  drawing.addExchanges(interactions);
  drawing.addPeople(contacts);
  return drawing.finish();
}
