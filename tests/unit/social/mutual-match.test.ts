import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../lib/schema/contact';
import {
  candidateKeys,
  type MutualMatch,
  matchMutuals,
  nameFit,
  nameWords,
} from '../../../lib/social/mutual-match';
import { contact } from '../engine/factories';

const person = (id: string, name: string, extra: Partial<Contact> = {}) =>
  contact({ id, name, degree: 1, ...extra });

/** What a match says, in a form a table can hold: "id", "ask:<reason>:<ids>" or "unknown". */
function outcome(match: MutualMatch): string {
  if (match.status === 'matched') return match.contact.id;
  if (match.status === 'ask') return `ask:${match.reason}:${match.candidates.map((c) => c.id).join('+')}`;
  return 'unknown';
}

describe('nameWords', () => {
  it.each([
    ['Ada Lindqvist', ['ada', 'lindqvist']],
    ['  ÁDA   Lindqvist ', ['ada', 'lindqvist']],
    ['Dr. Tomás García-Ruiz, PhD', ['tomas', 'garcia', 'ruiz']],
    ['Zoë Brontë (She/Her)', ['zoe', 'bronte']],
    ['Sam Rivera 🚀 MBA', ['sam', 'rivera']],
    ['J. Smith', ['j', 'smith']],
    ['Björn Ek Jr.', ['bjorn', 'ek']],
    ['李 小龍', ['李', '小龍']],
    ['', []],
  ])('%s → %j', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe('nameFit', () => {
  it.each([
    ['Ada Lindqvist', 'Ada Lindqvist', 'exact'],
    ['Ada Lindqvist', 'Åda Lindqvist', 'exact'],
    ['Tomas Garcia', 'Tomás García', 'exact'],
    ['J. Smith', 'John Smith', 'initial'],
    ['John Smith', 'J Smith', 'initial'],
    ['Ada L.', 'Ada Lindqvist', 'initial'],
    ['J. S.', 'John Smith', 'none'],
    ['Ada Maria Lindqvist', 'Ada Lindqvist', 'partial'],
    ['Ada Lindqvist', 'Ada Lindqvist Berg', 'none'],
    ['Ada', 'Ada Lindqvist', 'none'],
    ['Ada', 'Ada', 'exact'],
    ['Ada Lindqvist', 'Bo Lindqvist', 'none'],
    ['Ada Lindqvist', 'Lindqvist Ada', 'none'],
  ])('%s vs %s → %s', (shown, known, fit) => {
    expect(nameFit(nameWords(shown), nameWords(known))).toBe(fit);
  });
});

describe('matchMutuals: a name resolves only when it can mean no one else', () => {
  const ada = person('ada', 'Ada Lindqvist');
  const tomas = person('tomas', 'Tomás García');
  const john = person('john', 'John Smith');
  const jane = person('jane', 'Jane Smith');
  const sam1 = person('sam-1', 'Sam Rivera');
  const sam2 = person('sam-2', 'Sam Rivera');
  const adaMiddle = person('ada-m', 'Ada M. Lindqvist');
  const stranger = person('kim', 'Kim Berg', { degree: 2 });
  const imported = person('lee', 'Lee Park', { degree: null, connectedAt: 1 });

  it.each<[string, string[], Contact[], string[]]>([
    ['exact name', ['Ada Lindqvist'], [ada, tomas], ['ada']],
    ['accents on the page only', ['Tomas Garcia'], [tomas], ['tomas']],
    ['accents in the contact only', ['Ádà Lindqvist'], [ada], ['ada']],
    ['titles and pronouns aside', ['Dr. Ada Lindqvist (she/her)'], [ada], ['ada']],
    ['an initial is put to the user', ['J. Smith'], [john], ['ask:initial:john']],
    ['an initial fitting two is put to the user', ['J. Smith'], [john, jane], ['ask:duplicate:john+jane']],
    ['an abbreviated last name is put to the user', ['Ada L.'], [ada], ['ask:initial:ada']],
    [
      'a middle name on one side only is put to the user',
      ['Ada Maria Lindqvist'],
      [ada],
      ['ask:partial:ada'],
    ],
    [
      'two contacts with one name: never a guess',
      ['Sam Rivera'],
      [sam1, sam2],
      ['ask:duplicate:sam-1+sam-2'],
    ],
    [
      'an exact name beside a looser one: asked',
      ['Ada Lindqvist'],
      [ada, adaMiddle],
      ['ask:duplicate:ada+ada-m'],
    ],
    ['a 2nd-degree contact cannot be a mutual connection', ['Kim Berg'], [stranger], ['unknown']],
    ['an imported connection can', ['Lee Park'], [imported], ['lee']],
    ['nobody known', ['Noa Levi'], [ada, tomas], ['unknown']],
    ['the same name shown twice resolves once', ['Ada Lindqvist', 'ADA LINDQVIST'], [ada], ['ada']],
    ['two spellings of one contact keep it once', ['Tomás García', 'Tomas Garcia'], [tomas], ['tomas']],
    ['empty and noise-only names are skipped', ['', 'PhD', 'Ada Lindqvist'], [ada], ['ada']],
    ['several names keep their order', ['Tomás García', 'Ada Lindqvist'], [ada, tomas], ['tomas', 'ada']],
  ])('%s', (_, shown, candidates, expected) => {
    expect(matchMutuals(shown, candidates).map(outcome)).toEqual(expected);
  });

  it('the user’s answer resolves a duplicate, and "none of these" is respected', () => {
    const choices = new Map<string, string | null>([
      ['sam rivera', 'sam-2'],
      ['j smith', null],
    ]);
    expect(matchMutuals(['Sam Rivera', 'J. Smith'], [sam1, sam2, john], choices).map(outcome)).toEqual([
      'sam-2',
      'unknown',
    ]);
  });

  it('an answer naming a contact since deleted asks again', () => {
    const choices = new Map<string, string | null>([['sam rivera', 'sam-3']]);
    expect(matchMutuals(['Sam Rivera'], [sam1, sam2], choices).map(outcome)).toEqual([
      'ask:duplicate:sam-1+sam-2',
    ]);
  });
});

describe('candidateKeys', () => {
  it.each([
    [['Ada Lindqvist'], ['lindqvist']],
    [
      ['J. Smith', 'Tomás García'],
      ['smith', 'garcia'],
    ],
    [['Ada L.'], ['ada']],
    [['PhD', ''], []],
  ])('%j → %j', (names, keys) => {
    expect(candidateKeys(names)).toEqual(keys);
  });
});
