import { ActionError } from './ActionError';

interface Props {
  /** What the last action did ("Deleted 12 records."), read out politely; empty before any. */
  status: string;
  /** Why it was refused (useProtocolAction's error), read out at once; empty when it was not. */
  error: string;
}

/** The outcome of a section's last action under its controls: what it did, or why it was refused. The status
 *  line stays in the page while empty so that a screen reader hears it when it fills. */
export function ActionOutcome({ status, error }: Props) {
  return (
    <>
      <p role="status" className="status">
        {status}
      </p>
      <ActionError error={error} />
    </>
  );
}
