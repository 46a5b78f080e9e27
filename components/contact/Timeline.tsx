import { formatDay, userTimeZone } from '../../lib/engine/calendar';
import type { Interaction, InteractionKind } from '../../lib/schema/interaction';

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

/** Everything that happened with the person, latest first; profile visits are left out as noise. */
export function Timeline({ interactions }: { interactions: readonly Interaction[] }) {
  const shown = interactions.filter((interaction) => interaction.kind !== 'visit');
  const timeZone = userTimeZone();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {shown.length ? (
        <ol className="plain" aria-label="Timeline">
          {shown.map((interaction) => (
            <li key={interaction.id}>
              <span className="muted">{formatDay(interaction.at, timeZone)}</span> {LABEL[interaction.kind]}
              {interaction.actor === 'them' &&
              ['helped', 'intro', 'shared', 'asked', 'thanked'].includes(interaction.kind)
                ? ' (from them)'
                : ''}
              {interaction.context ? `: ${interaction.context}` : ''}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Nothing logged yet.</p>
      )}
    </section>
  );
}
