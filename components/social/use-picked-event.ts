import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '../../lib/db/page-database';
import { recentEvents } from '../../lib/db/queries/event-people';
import type { NetworkingEvent } from '../../lib/schema/event';
import { pickableEvents } from '../../lib/social/events';
import { useMinuteTick } from '../shared/use-now';

/** The events the user can still mark people at (one on now, or ended today), and the one they picked. */
export interface PickedEvent {
  loaded: boolean;
  pickable: NetworkingEvent[];
  event: NetworkingEvent | undefined;
  choose: (id: string) => void;
}

export function usePickedEvent(): PickedEvent {
  const minute = useMinuteTick();
  const events = useLiveQuery(() => recentEvents(database()), [minute]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const pickable = events ? pickableEvents(events, Date.now()) : [];
  return {
    loaded: events !== undefined,
    pickable,
    event: pickable.find((e) => e.id === chosenId) ?? pickable[0],
    choose: setChosenId,
  };
}

/** True when the user may start an event: none is on now (one that ended today can still be picked). */
export const canStartEvent = (picked: PickedEvent) => picked.loaded && picked.event?.endedAt !== null;
