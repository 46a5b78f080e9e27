import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordInteractions } from '../../../lib/background/record-interaction';
import { newContact } from '../../../lib/contacts/new-contact';
import { newInteraction } from '../../../lib/contacts/new-interaction';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { PlanBuilder } from '../../../lib/import/plan-builder';
import { EXCERPT_CHARS, excerptOf } from '../../../lib/privacy/excerpt';
import { InteractionSchema } from '../../../lib/schema/interaction';

let db: RapportDatabase;
beforeEach(() => {
  db = openDatabase(`record-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('one write path for interactions', () => {
  it('makes records every schema reader accepts, with the defaults written once', () => {
    const record = newInteraction({ id: 'x', contactId: 'ada', at: 5, kind: 'met', source: 'manual' });
    expect(InteractionSchema.strict().parse(record)).toEqual({
      id: 'x',
      contactId: 'ada',
      at: 5,
      kind: 'met',
      source: 'manual',
      actor: 'me',
      exchange: 'none',
      context: '',
      excerpt: '',
    });
  });

  it('moves lastInteractionAt forward to the latest record, never back, and never for a visit', async () => {
    const ada = newContact('ada', 'Ada', 1);
    await db.contacts.put({ ...ada, lastInteractionAt: 100 });
    const at = (id: string, when: number, kind: 'met' | 'visit' = 'met') =>
      newInteraction({ id, contactId: 'ada', at: when, kind, source: 'manual' });
    const last = async () => (await db.contacts.get('ada'))?.lastInteractionAt;
    await db.transaction('rw', db.contacts, db.interactions, async () => {
      await recordInteractions(db, (await db.contacts.get('ada'))!, [at('a', 50)]);
    });
    expect(await last()).toBe(100);
    await recordInteractions(db, (await db.contacts.get('ada'))!, [at('b', 300, 'visit'), at('c', 200)]);
    expect(await last()).toBe(200);
    expect(await db.interactions.count()).toBe(3);
  });
});

describe('one excerpt', () => {
  const long = `First line\u202E of a message\n\n\n\nthat goes on ${'and on '.repeat(60)}`;

  it('keeps nothing without the excerpt setting, and a cleaned, capped excerpt with it', () => {
    expect(excerptOf(long, false)).toBe('');
    const kept = excerptOf(long, true);
    expect(kept.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(kept.length).toBeGreaterThan(EXCERPT_CHARS - 8);
    expect(kept.endsWith('…')).toBe(true);
    expect(kept).not.toContain('\u202E');
    expect(kept).toContain('message\n\nthat');
  });

  it('cuts an imported message exactly as a sent or read one (before: 280 characters, not cleaned)', () => {
    const plan = new PlanBuilder({ now: 1, storeExcerpts: true, known: [] });
    const row = {
      id: 'm1',
      line: 2,
      counterpart: { name: 'Ada Park', profileId: 'ada-park' },
      at: 10,
      kind: 'message-received' as const,
      actor: 'them' as const,
    };
    expect(plan.addInteraction({ ...row, text: long })).toBeNull();
    expect(plan.interactions[0]?.excerpt).toBe(excerptOf(long, true));
  });
});
