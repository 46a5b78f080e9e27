import type { MetAtEvent } from '../../lib/db/queries/event-people';
import type { MetHere } from './use-met-here';

/** The optional note on the person met; saved with "Met here", or afterwards with "Save note". */
export function MetHereNote({ metHere, existing }: { metHere: MetHere; existing: MetAtEvent | undefined }) {
  return (
    <div className="met-here">
      <label>
        <span>What you talked about (optional)</span>
        <input
          value={metHere.talkedAbout}
          maxLength={500}
          onChange={(e) => metHere.setTalkedAbout(e.target.value)}
        />
      </label>
      <label>
        <span>What you promised (optional)</span>
        <input
          value={metHere.promised}
          maxLength={500}
          onChange={(e) => metHere.setPromised(e.target.value)}
        />
      </label>
      {existing ? (
        <div className="row">
          <button type="button" onClick={() => void metHere.mark()}>
            Save note
          </button>
          <button type="button" onClick={() => void metHere.undo()}>
            Not met here
          </button>
        </div>
      ) : null}
    </div>
  );
}
