import type { MutualMatch } from '../../lib/social/mutual-match';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';

type Question = Extract<MutualMatch, { status: 'ask' }>;

const WHY: Record<Question['reason'], string> = {
  duplicate: 'more than one of your contacts fits this name',
  initial: 'LinkedIn shows only an initial',
  partial: 'the names differ by a middle name',
};

/** "Which Sam Rivera is this?": Rapport never guesses; the answer is kept for this profile. */
export function MutualQuestion({ profileId, question }: { profileId: string; question: Question }) {
  const { send, error } = useProtocolAction();
  const choose = async (contactId: string | null) => {
    await send('mutual/choose', {
      profileId,
      shownName: question.shownName,
      contactId,
    });
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
      <ActionError error={error} />
    </fieldset>
  );
}
