import { useState } from 'react';
import type { Interaction, InteractionKind } from '../../lib/schema/interaction';
import { DAY, dayNumber, formatDay, parseDay, startOfDay, userTimeZone } from '../../lib/time/calendar';
import { ActionError } from '../shared/ActionError';
import { FormButtons } from '../shared/FormButtons';
import { showToast } from '../shared/toast';
import { sendOrThrow, sendOrToast, useProtocolAction } from '../shared/use-protocol-action';
import { FromConversation } from './FromConversation';

const LABEL: Record<InteractionKind, string> = {
  visit: 'Viewed their profile',
  met: 'Met',
  'message-sent': 'You wrote',
  'message-received': 'They wrote',
  'invitation-sent': 'You invited them',
  'invitation-received': 'They invited you',
  connected: 'Connected',
  call: 'Call',
  intro: 'Introduction',
  shared: 'Shared',
  helped: 'Help',
  asked: 'Ask',
  thanked: 'Thanks',
  commented: 'Comment',
  note: 'Note',
};

const TWO_SIDED: ReadonlySet<InteractionKind> = new Set(['helped', 'intro', 'shared', 'asked', 'thanked']);

/** "YYYY-MM-DD" of the calendar day of `at`, for a date input. */
const isoDay = (at: number, timeZone: string) =>
  new Date(dayNumber(at, timeZone) * DAY).toISOString().slice(0, 10);

/** Deletes an entry, with Undo in the toast: the same entry is logged again under its own id. */
async function remove(interaction: Interaction) {
  const reply = await sendOrToast('interaction/delete', {
    id: interaction.id,
    contactId: interaction.contactId,
  });
  if (!reply.ok) return;
  const { source: _source, ...restore } = interaction;
  showToast({
    text: `Deleted: ${LABEL[interaction.kind]}`,
    undo: async () => {
      await sendOrThrow('interaction/log', restore);
    },
  });
}

function EditEntry({ interaction, onClose }: { interaction: Interaction; onClose: () => void }) {
  const timeZone = userTimeZone();
  const [context, setContext] = useState(interaction.context);
  const [day, setDay] = useState(isoDay(interaction.at, timeZone));
  const [actor, setActor] = useState(interaction.actor);
  const { send, error, setError } = useProtocolAction();
  const save = async () => {
    const picked = parseDay(day);
    if (picked === null) return setError('Pick a valid date.');
    // Keep the time of day; move only the date.
    const at =
      startOfDay(picked, timeZone) +
      (interaction.at - startOfDay(dayNumber(interaction.at, timeZone), timeZone));
    const reply = await send('interaction/edit', {
      id: interaction.id,
      contactId: interaction.contactId,
      changes: { context, at, ...(TWO_SIDED.has(interaction.kind) ? { actor } : {}) },
    });
    if (!reply.ok) return;
    showToast({ text: 'Saved' });
    onClose();
  };
  return (
    <form
      aria-label={`Edit ${LABEL[interaction.kind]}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="row">
        <input type="date" aria-label="Date" value={day} onChange={(event) => setDay(event.target.value)} />
        {TWO_SIDED.has(interaction.kind) ? (
          <select
            aria-label="Who"
            value={actor}
            onChange={(event) => setActor(event.target.value as Interaction['actor'])}
          >
            <option value="me">From me</option>
            <option value="them">From them</option>
          </select>
        ) : null}
      </div>
      <label>
        <span>What it was about</span>
        <input value={context} maxLength={300} onChange={(event) => setContext(event.target.value)} />
      </label>
      <FormButtons submit="Save" onCancel={onClose} />
      <ActionError error={error} />
    </form>
  );
}

/**
 * Everything that happened with the person, latest first, each entry editable and deletable (a mis-tapped
 * "I asked" is corrected here; the ledger, nudges and queue follow). Profile visits are left out as noise.
 */
export function Timeline({ interactions }: { interactions: readonly Interaction[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const shown = interactions.filter((interaction) => interaction.kind !== 'visit');
  const timeZone = userTimeZone();
  return (
    <section aria-label="Timeline section">
      {shown.length ? (
        <ol className="plain" aria-label="Timeline">
          {shown.map((interaction) => (
            <li key={interaction.id}>
              {editing === interaction.id ? (
                <EditEntry interaction={interaction} onClose={() => setEditing(null)} />
              ) : (
                <div className="spread">
                  <span>
                    <span className="muted">{formatDay(interaction.at, timeZone)}</span>{' '}
                    {LABEL[interaction.kind]}
                    {interaction.actor === 'them' && TWO_SIDED.has(interaction.kind) ? ' (from them)' : ''}
                    {interaction.context ? `: ${interaction.context}` : ''}
                    {interaction.source === 'conversation' ? (
                      <FromConversation entryId={interaction.id} intent={interaction.intent} />
                    ) : null}
                  </span>
                  <span className="row">
                    <button
                      type="button"
                      className="quiet"
                      aria-label={`Edit ${LABEL[interaction.kind]} on ${formatDay(interaction.at, timeZone)}`}
                      onClick={() => setEditing(interaction.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="quiet"
                      aria-label={`Delete ${LABEL[interaction.kind]} on ${formatDay(interaction.at, timeZone)}`}
                      onClick={() => void remove(interaction)}
                    >
                      Delete
                    </button>
                  </span>
                </div>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Nothing logged yet. Use the Log buttons after you meet, help or ask.</p>
      )}
    </section>
  );
}
