import type { OwnerCandidate } from '../../lib/import/owner';

/**
 * The export has no "sent"/"received" column since 2022: who is the owner decides every message's direction,
 * so the guess is shown and can be changed before anything is written.
 */
export function OwnerPicker({
  owners,
  chosen,
  onChoose,
}: {
  owners: OwnerCandidate[];
  chosen: number;
  onChoose: (index: number) => void;
}) {
  if (!owners.length) return null;
  return (
    <label>
      This export belongs to{' '}
      <select value={chosen} onChange={(event) => onChoose(Number(event.target.value))}>
        {owners.map((owner, i) => (
          <option key={`${owner.profileId}-${owner.name}`} value={i}>
            {owner.name || owner.profileId} (in {Math.round(owner.share * 100)}% of conversations)
          </option>
        ))}
      </select>
    </label>
  );
}
