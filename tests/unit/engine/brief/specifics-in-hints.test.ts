import { describe, expect, it } from 'vitest';
import { quickSpecifics } from '../../../../lib/engine/brief/brief';
import type { OwnProfile } from '../../../../lib/schema/own-profile';
import { analyzeTone } from '../../../../lib/tone';
import { contact, DAY } from '../factories';

const NOW = Date.parse('2026-06-10T10:00:00Z');
const own: OwnProfile = {
  key: 'me',
  publicId: 'kim',
  name: 'Kim',
  headline: '',
  title: '',
  company: 'Harbour Labs',
  location: '',
  experience: [],
  education: [{ school: 'AGH University of Kraków', degree: '', dates: '2012 - 2017' }],
  source: 'capture',
  updatedAt: 0,
};
const ngozi = contact({
  id: 'ngozi',
  name: 'Ngozi Balewa',
  company: 'Chłodnia Solar',
  education: [{ school: 'AGH University of Kraków', degree: '', dates: '2014 - 2018' }],
  mutualNames: ['Ifeoma Balogun'],
  mutualCount: 3,
});

const personalHint = (text: string, specifics = quickSpecifics(ngozi, own, NOW)) =>
  analyzeTone(text, { recipientName: 'Ngozi Balewa', company: ngozi.company, specifics }).hints.find(
    (hint) => hint.ruleId === 'personal-reference',
  );

describe('the brief in the personal-reference hint', () => {
  it('lists the most personal specifics first: a new role, then shared ground, then how you met', () => {
    const promoted = { ...ngozi, title: 'CEO', roleChangedAt: NOW - DAY, howWeMet: 'Port summit' };
    expect(quickSpecifics(promoted, own, NOW)).toEqual([
      { label: 'Their new role', text: 'CEO at Chłodnia Solar' },
      { label: 'Shared school', text: 'AGH University of Kraków' },
      { label: 'Mutual connection', text: 'Ifeoma Balogun' },
      { label: 'How you met', text: 'Port summit' },
    ]);
  });

  it('suggests the shared school when a message mentions nothing specific', () => {
    const hint = personalHint('Hi Ngozi, I would love to connect and hear more about what you do.');
    expect(hint?.message).toMatch(/for instance shared school: AGH University of Kraków/);
  });

  it('is satisfied by a message that mentions a specific from the brief', () => {
    expect(personalHint('Hi Ngozi, fellow Kraków alumna here — I would love to connect.')).toBeUndefined();
  });

  it('falls back to the general advice without a brief', () => {
    const hint = personalHint('Hi Ngozi, I would love to connect and hear more about what you do.', []);
    expect(hint?.message).toMatch(/their work at Chłodnia Solar/);
  });
});
