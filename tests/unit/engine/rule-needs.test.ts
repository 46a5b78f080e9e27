import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backendOf, openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { loadQueue, readsFor } from '../../../lib/db/queries/load-queue';
import { followUpDraft } from '../../../lib/engine/draft';
import { QUEUE_RULES } from '../../../lib/engine/rules';
import type { RuleNeeds } from '../../../lib/engine/rules/rule';
import { SITUATIONS } from '../../../lib/tone/types';
import { commitment, contact, DAY, interaction, settings } from './factories';

// A queue rule declares what it needs read and the message it suggests, in its own file; the loader derives its
// reads from the declarations. These tests fail if a rule is registered without them, or if the loader reads
// something other than what the rules declare.

const NOW = Date.parse('2026-06-10T10:00:00Z');
const ZONE = 'Europe/Stockholm';

describe('each queue rule', () => {
  it.each(QUEUE_RULES.map((rule) => [rule.id, rule] as const))('%s declares a way in', (_, rule) => {
    const needs: RuleNeeds = rule.needs;
    const ways = [needs.opens, needs.candidates, needs.datedCommitments, needs.eventsWithinMs].filter(
      Boolean,
    );
    expect(ways.length).toBeGreaterThan(0);
    if (needs.opens) expect(needs.opens.lookbackMs).toBeGreaterThan(0);
  });

  it.each(QUEUE_RULES.map((rule) => [rule.id, rule] as const))('%s declares its opener', (_, rule) => {
    expect(SITUATIONS).toContain(rule.opener.situation);
    expect(rule.opener.close).toMatch(/^[A-Z].*[.?!]$/);
    const draft = followUpDraft({
      key: `${rule.id}:x`,
      ruleId: rule.id,
      contactId: 'ada',
      contactName: 'Ada Lindqvist',
      profileUrl: 'https://www.linkedin.com/in/ada/',
      reason: '',
      action: '',
      principle: { section: rule.section, why: rule.why },
      specifics: [],
      dueAt: NOW,
      hard: false,
      priority: 2,
      logAs: { kind: 'message-sent' },
    });
    expect(draft.startsWith('Hi Ada,\n\n')).toBe(true);
    expect(draft.endsWith(rule.opener.close)).toBe(true);
  });
});

describe('the reads a loader derives', () => {
  const opens = (lookbackMs: number) => ({
    id: 'x',
    needs: { opens: { role: 'meeting', settledBy: 'myOutreach', lookbackMs } } as RuleNeeds,
  });

  it('reads open follow-ups over the longest lookback a rule declares, whichever rule it is', () => {
    const registered = readsFor(QUEUE_RULES);
    const lookbacks = QUEUE_RULES.flatMap((rule) =>
      'opens' in rule.needs ? [rule.needs.opens.lookbackMs] : [],
    );
    expect(lookbacks.length).toBeGreaterThanOrEqual(2);
    expect(registered.openWithinMs).toBe(Math.max(...lookbacks));
    expect(readsFor([opens(45 * DAY), opens(3 * DAY)]).openWithinMs).toBe(45 * DAY);
    expect(readsFor([opens(3 * DAY), opens(45 * DAY)]).openWithinMs).toBe(45 * DAY);
  });

  it('reads nothing a rule does not declare', () => {
    const none = readsFor([{ id: 'x', needs: {} }]);
    expect(none).toEqual({
      openWithinMs: undefined,
      datedCommitments: false,
      eventsWithinMs: undefined,
      candidates: [],
    });
  });
});

describe('loadQueue, one person per rule', () => {
  let db: RapportDatabase;
  beforeEach(() => {
    db = openDatabase(`rule-needs-${Math.random()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('finds every registered rule through what it declares, with keys that start with its id', async () => {
    const people = {
      met: contact({ id: 'met', name: 'Mei Tanaka', lastInteractionAt: NOW - DAY }),
      helper: contact({ id: 'helper', name: 'Hal Berg', lastInteractionAt: NOW - 20 * DAY }),
      promised: contact({ id: 'promised', name: 'Pia Moreau' }),
      cadence: contact({
        id: 'cadence',
        name: 'Cato Ruiz',
        cadenceDays: 14,
        lastInteractionAt: NOW - 20 * DAY,
      }),
      lapsed: contact({ id: 'lapsed', name: 'Lia Okafor', lastInteractionAt: NOW - 200 * DAY }),
      promoted: contact({
        id: 'promoted',
        name: 'Rui Santos',
        title: 'Head of Ops',
        company: 'Tidewater',
        roleChangedAt: NOW - 3 * DAY,
      }),
      event: contact({ id: 'event', name: 'Eva Nilsson', lastInteractionAt: NOW - DAY }),
    };
    await db.contacts.bulkPut(Object.values(people));
    await db.events.put({
      id: 'ev1',
      name: 'Nordic Product Day',
      day: '2026-06-09',
      timeZone: ZONE,
      startedAt: NOW - 30 * 3_600_000,
      endedAt: NOW - 22 * 3_600_000,
    });
    await db.interactions.bulkPut([
      interaction({ contactId: 'met', kind: 'met', at: NOW - DAY, context: 'a meetup' }),
      // Help 20 days ago: beyond a meeting's 14-day window, inside the thanks rule's 30.
      interaction({
        contactId: 'helper',
        kind: 'intro',
        actor: 'them',
        at: NOW - 20 * DAY,
        context: 'an intro',
      }),
      interaction({ contactId: 'event', kind: 'met', at: NOW - 25 * 3_600_000, eventId: 'ev1' }),
    ]);
    await db.commitments.put(commitment({ contactId: 'promised', by: 'me', dueAt: NOW + DAY }));

    const items = await loadQueue(await backendOf(db), { settings: settings(), now: NOW, timeZone: ZONE });

    expect(new Set(items.map((item) => item.ruleId))).toEqual(new Set(QUEUE_RULES.map((rule) => rule.id)));
    for (const item of items) expect(item.key.startsWith(`${item.ruleId}:`), item.key).toBe(true);
    const who = Object.fromEntries(items.map((item) => [item.ruleId, item.contactId]));
    expect(who).toEqual({
      'meeting-follow-up': 'met',
      'thanks-owed': 'helper',
      'promise-due': 'promised',
      cadence: 'cadence',
      'weak-tie': 'lapsed',
      'new-role': 'promoted',
      'event-follow-up': 'event',
    });
  });
});
