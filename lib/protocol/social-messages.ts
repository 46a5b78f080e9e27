import { z } from 'zod';
import type { ProtocolEntries } from './entry';

const ContactId = z.string().min(1).max(200);
const EventId = z.string().min(1).max(200);
const Text = (max: number) => z.string().trim().max(max).default('');

/**
 * Social proof, event mode and the network view (issue 16). Every entry comes from the extension's own pages (popup, side panel):
 * nothing here is needed by a content script.
 */
export const socialProtocol = {
  /** Popup → background: the user opened an intro-request draft to a mutual connection; remembered until sent. */
  'intro/drafted': {
    request: z.object({ introducerId: ContactId, targetId: ContactId, at: z.number() }),
    from: ['extension'],
    response: z.object({ id: z.string() }),
  },
  /** Popup → background: the user says they sent it; logs the ask on the introducer (once). */
  'intro/mark-sent': {
    request: z.object({ introducerId: ContactId, targetId: ContactId, at: z.number() }),
    from: ['extension'],
    response: z.object({ id: z.string(), interactionId: z.string(), created: z.boolean() }),
  },
  /** Popup → background: which contact a shown mutual connection is, or null for "none of my contacts". */
  'mutual/choose': {
    request: z.object({
      profileId: ContactId,
      shownName: z.string().trim().min(1).max(200),
      contactId: ContactId.nullable(),
    }),
    from: ['extension'],
    response: z.object({ shownKey: z.string() }),
  },
  /** Popup → background: "I'm at an event". Ends any event still on: one at a time. */
  'event/start': {
    request: z.object({
      name: z.string().trim().min(1).max(200),
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      timeZone: z.string().min(1).max(100),
      at: z.number(),
    }),
    from: ['extension'],
    response: z.object({ id: z.string(), ended: z.array(z.string()) }),
  },
  /** Popup or side panel → background: the event is over; its follow-ups become one batch. */
  'event/end': {
    request: z.object({ id: EventId, at: z.number() }),
    from: ['extension'],
    response: z.object({ id: z.string(), endedAt: z.number() }),
  },
  /**
   * Popup → background: "met here". Logs the meeting at the event with the specifics (what we talked about, what
   * I promised); tapping again for the same person updates them instead of adding a second meeting.
   */
  'event/met': {
    request: z.object({
      eventId: EventId,
      contactId: ContactId,
      talkedAbout: Text(500),
      promised: Text(500),
      at: z.number(),
    }),
    from: ['extension'],
    response: z.object({ interactionId: z.string(), created: z.boolean() }),
  },
  /** Popup → background: undo a "met here" tapped on the wrong person. */
  'event/unmet': {
    request: z.object({ eventId: EventId, contactId: ContactId }),
    from: ['extension'],
    response: z.object({ removed: z.number().int() }),
  },
  /**
   * Network page → background: draw the network picture again from the data as it is now and store it (the page
   * shows the stored one at once and asks for this when it is out of date). One drawing at a time.
   */
  'network/draw': {
    /** The page's clock: the moment the picture is of. */
    request: z.object({ at: z.number() }).strict(),
    from: ['extension'],
    response: z.object({ people: z.number().int(), drawnFor: z.number() }),
  },
} as const satisfies ProtocolEntries;
