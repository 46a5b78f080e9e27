import { useState } from 'react';
import type { MetAtEvent } from '../../lib/db/queries/event-people';
import type { Contact } from '../../lib/schema/contact';
import type { NetworkingEvent } from '../../lib/schema/event';
import { showToast } from '../shared/toast';
import { sendOrThrow, useProtocolAction } from '../shared/use-protocol-action';

export interface MetHere {
  talkedAbout: string;
  setTalkedAbout: (text: string) => void;
  promised: string;
  setPromised: (text: string) => void;
  error: string;
  mark: () => Promise<void>;
  undo: () => Promise<void>;
}

/**
 * One tap marks the person on screen as met at the event, with the two optional lines that the follow-up will
 * mention (Follow Up Thoughtfully) and the promise it will keep (Trust). The confirmation is a toast with Undo.
 */
export function useMetHere(
  event: NetworkingEvent,
  contact: Contact | null,
  existing: MetAtEvent | undefined,
): MetHere {
  const [talkedAbout, setTalkedAbout] = useState(existing?.talkedAbout ?? '');
  const [promised, setPromised] = useState(existing?.promised ?? '');
  const { send, error } = useProtocolAction();
  const first = contact?.name.split(' ')[0] ?? '';
  const undo = async () => {
    if (!contact) return;
    const reply = await send('event/unmet', { eventId: event.id, contactId: contact.id });
    if (reply.ok) showToast({ text: `${first} is off the list for ${event.name}.` });
  };
  const mark = async () => {
    if (!contact) return;
    const reply = await send('event/met', {
      eventId: event.id,
      contactId: contact.id,
      talkedAbout,
      promised,
      at: Date.now(),
    });
    if (!reply.ok) return;
    const ids = { eventId: event.id, contactId: contact.id };
    showToast({
      text: existing ? `Note saved for ${first}.` : `${first} is on your list for ${event.name}.`,
      undo: existing ? undefined : () => sendOrThrow('event/unmet', ids),
    });
  };
  return { talkedAbout, setTalkedAbout, promised, setPromised, error, mark, undo };
}
