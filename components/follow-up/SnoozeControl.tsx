import { useState } from 'react';
import { SNOOZE_PRESETS, type SnoozeChoice, snoozeUntil } from '../../lib/engine/snooze';
import type { FollowUpItem } from '../../lib/engine/types';
import { userTimeZone } from '../../lib/time/calendar';
import { ActionError } from '../shared/ActionError';
import { useProtocolAction } from '../shared/use-protocol-action';

/**
 * Snooze a person's follow-ups for 1 day, 3 days, 1 week or until a picked date; it ends at the start of that day,
 * local time.
 */
export function SnoozeControl({ items, name }: { items: readonly FollowUpItem[]; name: string }) {
  const [date, setDate] = useState('');
  const { send, error, setError } = useProtocolAction();
  const snooze = async (choice: SnoozeChoice) => {
    const until = snoozeUntil(choice, Date.now(), userTimeZone());
    if (until === null) return setError('Pick a day after today.');
    for (const item of items) {
      const reply = await send('followup/snooze', {
        key: item.key,
        contactId: item.contactId,
        until,
      });
      if (!reply.ok) return;
    }
  };
  return (
    <fieldset className="row snooze" aria-label={`Snooze ${name}`}>
      <legend className="muted">Snooze</legend>
      {SNOOZE_PRESETS.map((preset) => (
        <button key={preset.days} type="button" onClick={() => void snooze({ days: preset.days })}>
          {preset.label}
        </button>
      ))}
      <input
        type="date"
        aria-label="Snooze until"
        value={date}
        onChange={(event) => setDate(event.target.value)}
      />
      <button type="button" disabled={!date} onClick={() => void snooze({ date })}>
        Until date
      </button>
      <ActionError error={error} />
    </fieldset>
  );
}
