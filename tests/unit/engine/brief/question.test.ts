import { describe, expect, it } from 'vitest';
import { changesSinceLastVisit, recentRoleChange } from '../../../../lib/engine/brief/changes';
import { tailoredQuestion } from '../../../../lib/engine/brief/question';
import { contact, DAY, interaction } from '../factories';

/** Invented people with the headline shapes LinkedIn members really write. */
const HEADLINES: readonly {
  headline: string;
  title?: string;
  company?: string;
  asks: RegExp;
  basis: RegExp;
}[] = [
  // Where they are in their career wins wherever it is in the headline.
  {
    headline: 'Open to work',
    asks: /^What kind of role or team would excite you most next\?$/,
    basis: /Open to work/,
  },
  { headline: '#OpenToWork | Data analyst', asks: /role or team/, basis: /OpenToWork/ },
  {
    headline: 'Data analyst | Looking for my next role in fintech',
    asks: /role or team/,
    basis: /Looking for/,
  },
  {
    headline: 'Helping companies looking for talent',
    asks: /^What got you into helping companies looking for talent\?$/,
    basis: /Helping/,
  },
  { headline: 'We are hiring engineers in Lagos', asks: /hiring right now/, basis: /hiring/ },
  { headline: 'PhD candidate in coral genomics', asks: /learning/, basis: /PhD/ },
  { headline: 'Estudiante de Ingeniería Informática', asks: /learning/, basis: /Estudiante/ },
  // "CEO @ X", the @ glued to the name, emoji.
  {
    headline: 'CEO @ Loko Collective',
    asks: /^What is the biggest change you are leading at Loko Collective this year\?$/,
    basis: /CEO @ Loko Collective/,
  },
  {
    headline: 'Founder @LokoCollective • Speaker • 3x Author',
    asks: /^What problem made you start LokoCollective, and what has surprised you since\?$/,
    basis: /Founder/,
  },
  {
    headline: '🚀 Co-founder 🌍 | Climate tech',
    asks: /^What problem are you solving, and what has surprised you since you started\?$/,
    basis: /“Co-founder”/,
  },
  {
    headline: 'Fundadora de Tienda Verde',
    company: 'Tienda Verde',
    asks: /start Tienda Verde/,
    basis: /Fundadora/,
  },
  // What they do besides their job: the specific thing, not "writing or speaking".
  {
    headline: 'Speaker | Author',
    asks: /^What are you speaking about these days, and what do audiences ask you most\?$/,
    basis: /“Speaker”/,
  },
  { headline: 'Author | Speaker', asks: /^What are you writing at the moment/, basis: /“Author”/ },
  {
    headline: 'Writing weekly about reefer containers',
    asks: /^What drew you to write about reefer containers\?$/,
    basis: /Writing/,
  },
  { headline: 'Host of the Night Shift podcast', asks: /conversation you hosted/, basis: /podcast/ },
  { headline: 'Agile coach and mentor', asks: /people you mentor/, basis: /coach/ },
  { headline: 'Lecturer in Marine Biology', asks: /your students/, basis: /Lecturer/ },
  { headline: 'Researcher.', asks: /your research/, basis: /“Researcher”/ },
  // A leader with a side line: the job comes first, not the fragment.
  {
    headline: 'Head of Developer Relations at Quillmark · Speaker · Open-source maintainer',
    title: 'Head of Developer Relations',
    company: 'Quillmark',
    asks: /^What is the biggest change you are leading at Quillmark this year\?$/,
    basis: /Head of Developer Relations/,
  },
  // Capitals, decorations and other languages, read as a role.
  {
    headline: 'SENIOR SOFTWARE ENGINEER AT TIDEWATER LOGISTICS',
    asks: /^What excites you most about your work as Senior Software Engineer at Tidewater Logistics\?$/,
    basis: /Senior Software Engineer at Tidewater Logistics/,
  },
  {
    headline: 'VP OF SALES | SAAS',
    asks: /^What is the biggest change you are leading this year\?$/,
    basis: /VP of Sales/,
  },
  {
    headline: 'Python Programmer|| Data Science Enthusiast ||Front-end Developer',
    asks: /^What excites you most about your work as Python Programmer\?$/,
    basis: /Python Programmer/,
  },
  {
    headline: 'Ingénieure logiciel chez Capgemoire',
    asks: /^What excites you most about your work as Ingénieure logiciel at Capgemoire\?$/,
    basis: /chez/,
  },
  {
    headline: 'Softwareentwicklerin bei Nordlicht GmbH',
    asks: /as Softwareentwicklerin at Nordlicht GmbH\?$/,
    basis: /bei/,
  },
  {
    headline: 'Directora de Marketing en Casa Brava',
    asks: /^What is the biggest change you are leading at Casa Brava this year\?$/,
    basis: /Directora/,
  },
  {
    headline: '自由职业插画师，住在成都',
    asks: /^Your headline says “自由职业插画师”: what does that look like day to day\?$/,
    basis: /自由职业插画师/,
  },
  {
    headline: 'Pomagam firmom rosnąć dzięki danym i prostym narzędziom',
    asks: /^Your headline says “Pomagam firmom/,
    basis: /Pomagam/,
  },
  { headline: 'PRISMA Founder & CEO', company: 'PRISMA', asks: /start PRISMA,/, basis: /PRISMA Founder/ },
  // Their role when the headline says nothing more telling.
  {
    headline: 'Caring for people in Lagos',
    title: 'Clinical nurse',
    company: 'Ikeja General',
    asks: /^What excites you most about your work as Clinical nurse at Ikeja General\?$/,
    basis: /their role/,
  },
  {
    headline: '',
    company: 'Harbour Air',
    asks: /^What excites you most about your work at Harbour Air\?$/,
    basis: /their role/,
  },
  {
    headline: 'Helping cities plant shade trees',
    asks: /^What got you into helping cities plant shade trees\?$/,
    basis: /headline/,
  },
  { headline: '', asks: /working on/, basis: /nothing known/ },
];

describe('tailoredQuestion reads naturally for real headline shapes', () => {
  it.each(HEADLINES)('“$headline” → $asks', ({ headline, title = '', company = '', asks, basis }) => {
    const {
      question,
      basis: said,
      reason,
    } = tailoredQuestion(contact({ id: 'p', headline, title, company }), null);
    expect(question).toMatch(asks);
    expect(said).toMatch(basis);
    expect(reason).toMatch(/Active Listening/);
    // A sentence, not a pasted headline: one question mark at the end, no decoration, no shouted words (a name
    // in capitals stays), no bare "as at".
    expect(question).toMatch(/^[A-Z][^?]*\?$/);
    expect(question).not.toMatch(
      /[|•#@]|\p{Extended_Pictographic}|\s{2}|\bas at\b|\b\p{Lu}{4,} \p{Lu}{4,}\b/u,
    );
  });
});

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
      asks: /write about reefer containers/,
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
      asks: /helping cities plant shade trees/,
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
