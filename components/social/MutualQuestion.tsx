import { useState } from 'react';
import { sendToBackground } from '../../lib/browser/messaging';
import type { MutualMatch } from '../../lib/social/mutual-match';

type Question = Extract<MutualMatch, { status: 'ask' }>;

const WHY: Record<Question['reason'], string> = {
  duplicate: 'more than one of your contacts fits this name',
  initial: 'LinkedIn shows only an initial',
  partial: 'the names differ by a middle name',
};

/** "Which Sam Rivera is this?": Rapport never guesses; the answer is kept for this profile. */
export function MutualQuestion({ profileId, question }: { profileId: string; question: Question }) {
  const [error, setError] = useState('');
  const choose = async (contactId: string | null) => {
    const reply = await sendToBackground('mutual/choose', {
      profileId,
      shownName: question.shownName,
      contactId,
    });
    if (!reply.ok) setError(reply.error.message);
  };
  return (
    <fieldset className="bare mutual-question">
      <legend>
        Which of your contacts is “{question.shownName}”?{' '}
        <span className="muted">({WHY[question.reason]})</span>
      </legend>
      <div className="row">
        {question.candidates.map((candidate) => (
          <button key={candidate.id} type="button" onClick={() => void choose(candidate.id)}>
            {candidate.name}
            {candidate.company ? ` (${candidate.company})` : ''}
          </button>
        ))}
        <button type="button" onClick={() => void choose(null)}>
          None of these
        </button>
      </div>
      {error ? <p className="error">{error}</p> : null}
    </fieldset>
  );
}
