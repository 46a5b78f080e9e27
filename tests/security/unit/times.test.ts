import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupSchema } from '../../../lib/protocol/backup';
import { protocol } from '../../../lib/protocol/map';
import { CommitmentSchema } from '../../../lib/schema/commitment';
import { ContactSchema } from '../../../lib/schema/contact';
import { FollowUpStateSchema } from '../../../lib/schema/follow-up';
import { InteractionSchema } from '../../../lib/schema/interaction';
import { EARLIEST_TIME, LATEST_TIME } from '../../../lib/schema/time';

const T = Date.UTC(2026, 0, 5);
const contact = ContactSchema.parse({
  id: 'ada',
  profileUrl: 'https://www.linkedin.com/in/ada/',
  name: 'Ada',
  firstSeenAt: T,
  lastSeenAt: T,
});
const interaction = { id: 'i', contactId: 'ada', at: T, kind: 'met', actor: 'me', source: 'manual' };
const commitment = {
  id: 'c',
  contactId: 'ada',
  by: 'me',
  text: 'send a document',
  madeAt: T,
  dueAt: T,
  status: 'open',
  source: 'manual',
};
const followUp = { key: 'k', contactId: 'ada', snoozedUntil: T };

/** Every time field of every stored record, and a valid record to put a bad time into. */
const TIME_FIELDS: [string, { safeParse(v: unknown): { success: boolean } }, object, string][] = [
  ['contact.firstSeenAt', ContactSchema, contact, 'firstSeenAt'],
  ['contact.lastSeenAt', ContactSchema, contact, 'lastSeenAt'],
  ['contact.lastInteractionAt', ContactSchema, contact, 'lastInteractionAt'],
  ['contact.connectedAt', ContactSchema, contact, 'connectedAt'],
  ['interaction.at', InteractionSchema, interaction, 'at'],
  ['commitment.madeAt', CommitmentSchema, commitment, 'madeAt'],
  ['commitment.dueAt', CommitmentSchema, commitment, 'dueAt'],
  ['commitment.closedAt', CommitmentSchema, commitment, 'closedAt'],
  ['followUp.snoozedUntil', FollowUpStateSchema, followUp, 'snoozedUntil'],
  ['followUp.doneAt', FollowUpStateSchema, followUp, 'doneAt'],
];

const outOfRange = fc.oneof(
  fc.constantFrom(1e300, -1e300, 8.64e15 + 1, -8.64e15 - 1, Number.POSITIVE_INFINITY, Number.NaN),
  fc.double({ min: LATEST_TIME + 1, noNaN: true }),
  fc.double({ max: EARLIEST_TIME - 1, noNaN: true }),
);

describe('times', () => {
  it.each(TIME_FIELDS)('%s refuses a time no calendar can show', (_name, schema, record, field) => {
    expect(schema.safeParse(record).success).toBe(true);
    fc.assert(
      fc.property(outOfRange, (time) => {
        expect(schema.safeParse({ ...record, [field]: time }).success).toBe(false);
      }),
    );
    expect(schema.safeParse({ ...record, [field]: T }).success).toBe(true);
  });

  it('a backup with a promise due at 1e300 is refused whole', () => {
    const backup = {
      format: 'rapport-backup',
      version: 1,
      exportedAt: T,
      contacts: [contact],
      interactions: [],
      commitments: [{ ...commitment, dueAt: 1e300 }],
      followUps: [],
    };
    expect(BackupSchema.safeParse(backup).success).toBe(false);
    expect(BackupSchema.safeParse({ ...backup, commitments: [commitment] }).success).toBe(true);
  });

  it('messages carrying times refuse them out of range too', () => {
    const { request } = protocol['commitment/add'];
    const add = { contactId: 'ada', by: 'me', text: 'x', madeAt: T, dueAt: 1e300 };
    expect(request.safeParse(add).success).toBe(false);
    expect(
      protocol['followup/snooze'].request.safeParse({ key: 'k', contactId: 'ada', until: 9e15 }).success,
    ).toBe(false);
    const sent = { recipient: { name: 'Ada' }, text: 'hi', kind: 'message', at: -9e15 };
    expect(protocol['message/sent'].request.safeParse(sent).success).toBe(false);
  });
});
