import { describe, expect, it } from 'vitest';
import { changesSinceLastVisit, recentRoleChange } from '../../../../lib/engine/brief/changes';
import { tailoredQuestion } from '../../../../lib/engine/brief/question';
import { contact, DAY, interaction } from '../factories';

describe('tailoredQuestion', () => {
  it.each([
    {
      headline: 'Open to work | Data analyst',
      title: '',
      company: '',
      basis: /headline/,
      asks: /role or team/,
    },
    {
      headline: 'We are hiring engineers in Lagos',
      title: '',
      company: '',
      basis: /headline/,
      asks: /hiring/,
    },
    {
      headline: 'Founder @ Loko Collective • Speaker',
      title: 'Founder',
      company: 'Loko Collective',
      basis: /headline/,
      asks: /start Loko Collective/,
    },
    {
      headline: 'PhD candidate in coral genomics',
      title: '',
      company: '',
      basis: /headline/,
      asks: /learning/,
    },
    {
      headline: 'Writing weekly about reefer containers',
      title: '',
      company: '',
      basis: /headline/,
      asks: /writing or speaking/,
    },
    {
      headline: 'Caring for people in Lagos',
      title: 'Clinical nurse',
      company: 'Ikeja General',
      basis: /role/,
      asks: /your work as Clinical nurse at Ikeja General/,
    },
    {
      headline: 'Helping cities plant shade trees',
      title: '',
      company: '',
      basis: /headline/,
      asks: /Helping cities plant shade trees/,
    },
    { headline: '', title: '', company: '', basis: /nothing known/, asks: /working on/ },
  ])('from “$headline” / $title asks $asks', ({ headline, title, company, basis, asks }) => {
    const result = tailoredQuestion(contact({ id: 'ada', headline, title, company }), null);
    expect(result.question).toMatch(asks);
    expect(result.basis).toMatch(basis);
    expect(result.question.endsWith('?')).toBe(true);
    expect(result.reason).toMatch(/Active Listening/);
  });

  it('asks about a new role first, with the career-growth reason', () => {
    const person = contact({ id: 'ada', headline: 'Founder', title: 'Head of Ops', company: 'Tidewater' });
    const result = tailoredQuestion(person, {
      title: 'Head of Ops',
      company: 'Tidewater',
      before: 'Lead',
      changedAt: 1,
    });
    expect(result.question).toBe(
      'How are the first weeks as Head of Ops at Tidewater going, and what drew you to it?',
    );
    expect(result.reason).toMatch(/Career Growth/);
  });

  it('does not ask two different people the same question', () => {
    const people = [
      contact({ id: 'a', title: 'Nurse', company: 'Ikeja General' }),
      contact({ id: 'b', title: 'Pilot', company: 'Harbour Air' }),
      contact({ id: 'c', headline: 'Open to work' }),
      contact({ id: 'd', headline: 'Founder', company: 'Loko' }),
    ];
    const questions = people.map((p) => tailoredQuestion(p, null).question);
    expect(new Set(questions).size).toBe(questions.length);
  });
});

describe('changes', () => {
  const now = 100 * DAY;
  const changed = contact({
    id: 'ada',
    title: 'Head of Ops',
    company: 'Tidewater',
    headline: 'New headline',
    roleChangedAt: now - 2 * DAY,
    history: [
      { field: 'headline', value: 'Old headline', changedAt: now - 2 * DAY },
      { field: 'title', value: 'Lead', changedAt: now - 2 * DAY },
      { field: 'company', value: 'Baltic Reefer', changedAt: now - 2 * DAY },
    ],
  });

  it('lists what changed since the visit before the latest', () => {
    const visits = [
      interaction({ kind: 'visit', at: now - 10 * DAY }),
      interaction({ kind: 'visit', at: now - 2 * DAY }),
    ];
    expect(changesSinceLastVisit(changed, visits, now, 30 * DAY)).toEqual([
      { field: 'headline', before: 'Old headline', after: 'New headline', changedAt: now - 2 * DAY },
      { field: 'title', before: 'Lead', after: 'Head of Ops', changedAt: now - 2 * DAY },
      { field: 'company', before: 'Baltic Reefer', after: 'Tidewater', changedAt: now - 2 * DAY },
    ]);
  });

  it('leaves out changes the user already saw on a later visit', () => {
    const visits = [interaction({ kind: 'visit', at: now - DAY }), interaction({ kind: 'visit', at: now })];
    expect(changesSinceLastVisit(changed, visits, now, 30 * DAY)).toEqual([]);
  });

  it('names the new role and what it replaced, while it is recent', () => {
    expect(recentRoleChange(changed, now, 60 * DAY)).toEqual({
      title: 'Head of Ops',
      company: 'Tidewater',
      before: 'Lead at Baltic Reefer',
      changedAt: now - 2 * DAY,
    });
    expect(recentRoleChange(changed, now + 90 * DAY, 60 * DAY)).toBeNull();
  });
});
