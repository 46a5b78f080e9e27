import { useMemo } from 'react';
import type { HeardMessage } from '../../lib/schema/heard-message';
import { WhyLink } from '../shared/WhyLink';
import type { ToneEngine } from './use-tone-engine';

/**
 * "Your reply to them" under the popup's draft: the inline panel's reply coaching (their questions, their ask,
 * their tone, listening), from their messages Rapport read in the conversation since the user last wrote.
 */
export function ReplyCoaching({
  heard,
  draft,
  coach,
}: {
  heard: readonly HeardMessage[] | undefined;
  draft: string;
  /** The coach, from the tone engine the draft box has loaded. */
  coach: ToneEngine['coachFromHeard'];
}) {
  // Warnings first: the popup shows only the first lines of the coaching and hints without scrolling.
  const points = useMemo(
    () =>
      heard?.length
        ? [...coach(draft, heard).points].sort(
            (a, b) => Number(b.severity === 'warning') - Number(a.severity === 'warning'),
          )
        : [],
    [draft, heard, coach],
  );
  if (!points.length) return null;
  return (
    <ul className="plain coaching-list" aria-label="Your reply to them">
      {points.map((point) => (
        <li key={`${point.id}:${point.message}`} data-severity={point.severity}>
          <strong>{point.message}</strong>
          <p className="muted">
            {point.why} <WhyLink section={point.section} />
          </p>
        </li>
      ))}
    </ul>
  );
}
