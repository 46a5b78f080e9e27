import { describe, expect, it } from 'vitest';
import { tailoredQuestion } from '../../../lib/engine/brief/question';
import { DRAFT_SITUATION, followUpDraft } from '../../../lib/engine/draft';
import type { FollowUpItem } from '../../../lib/engine/types';
import type { Contact } from '../../../lib/schema/contact';
import { introRequestDraft } from '../../../lib/social/intro-draft';
import { analyzeTone } from '../../../lib/tone';

// Rapport must not flag its own words (issue 10): every generated draft, judged in the situation it is written
// for, draws no hint at all; a suggested question draws none on itself.

const ALL_SPECIFICS = [
  { label: 'Where you met', text: 'the Oslo data summit' },
  { label: 'Your last note', text: 'sensor pricing' },
  { label: 'What they shared', text: 'the hiring checklist' },
  { label: 'Their role', text: 'Head of Data at Lumen' },
];
const RULES = Object.keys(DRAFT_SITUATION) as FollowUpItem['ruleId'][];
const CASES = RULES.flatMap((ruleId) =>
  [ALL_SPECIFICS, []].flatMap((specifics) =>
    [undefined, 'commitment-1'].map((keepsCommitment) => ({ ruleId, specifics, keepsCommitment })),
  ),
);

const contact = (fields: Partial<Contact>) =>
  ({ name: 'Ada Example', headline: '', title: '', company: '', ...fields }) as Contact;

describe('generated text draws no hint', () => {
  it.each(CASES)('the $ruleId draft (%#) in its situation', ({ ruleId, specifics, keepsCommitment }) => {
    const item = { ruleId, contactName: 'Ada Example', specifics, keepsCommitment } as FollowUpItem;
    const report = analyzeTone(followUpDraft(item), {
      recipientName: 'Ada Example',
      situation: DRAFT_SITUATION[ruleId],
    });
    expect(report.hints.map((hint) => hint.ruleId)).toEqual([]);
    expect(report.verdict.label).not.toBe('needs-work');
  });

  it('the intro request to a mutual connection', () => {
    const text = introRequestDraft(
      contact({ name: 'Bo Lind' }),
      contact({ name: 'Cem Aydin', title: 'CTO', company: 'Lumen' }),
    );
    const report = analyzeTone(text, { recipientName: 'Bo Lind', situation: 'first-message' });
    expect(report.hints.map((hint) => hint.ruleId)).toEqual([]);
  });

  const QUESTIONS = [
    tailoredQuestion(contact({}), { title: 'Head of Data', company: 'Lumen' } as never),
    ...[
      'Open to work | Data analyst',
      'Hiring engineers at Lumen',
      'Co-founder at Lumen',
      'Angel investor',
      'Writing weekly about reefer containers',
      'Mentor and coach',
      'Student at Oslo University',
      'Research scientist',
      'Sensor fusion for drones',
      '',
    ].map((headline) => tailoredQuestion(contact({ headline }), null)),
    tailoredQuestion(contact({ title: 'Designer', company: 'Lumen' }), null),
  ].map((suggested) => suggested.question);

  it.each(QUESTIONS)('the suggested question %j, written into a first message', (question) => {
    const text = `Hi Ada, I enjoyed your talk on sensor pricing at the Oslo meetup. ${question}`;
    const at = text.indexOf(question);
    const report = analyzeTone(text, { recipientName: 'Ada Example', situation: 'first-message' });
    const onQuestion = report.hints.filter((hint) => hint.marks.some((mark) => mark.end > at));
    expect(onQuestion.map((hint) => hint.ruleId)).toEqual([]);
  });
});
