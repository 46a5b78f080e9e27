import { describe, expect, it } from 'vitest';
import { ToneAnalyzeRequestSchema } from '../../../lib/schema/tone-request';
import { analyzeTone, situationOf } from '../../../lib/tone';

describe('situationOf', () => {
  it('prefers the situation the user chose', () => {
    expect(situationOf({ kind: 'connection-note', situation: 'thanks' })).toBe('thanks');
  });
  it('reads the box kind before the thread', () => {
    expect(situationOf({ kind: 'connection-note', position: 'reply' })).toBe('connection-note');
    expect(situationOf({ kind: 'comment' })).toBe('comment');
  });
  it('reads the thread: a reply under their message, a nudge under the writer’s own', () => {
    expect(situationOf({ kind: 'message', position: 'nudge' })).toBe('nudge');
    expect(situationOf({ kind: 'message', position: 'reply' })).toBe('reply');
    expect(situationOf({ kind: 'message', previous: 'Are you free Thursday?' })).toBe('reply');
    expect(situationOf({ kind: 'inmail', position: 'first' })).toBe('inmail');
    expect(situationOf({ kind: 'message', previous: '  ' })).toBe('first-message');
    expect(situationOf({})).toBe('first-message');
  });
  it('is reported with the analysis', () => {
    expect(analyzeTone('Thursday at 10 works.', { position: 'reply' }).situation).toBe('reply');
    expect(analyzeTone('', { kind: 'connection-note' }).situation).toBe('connection-note');
  });
});

describe('tone/analyze request', () => {
  it('carries the thread and the chosen situation', () => {
    const parsed = ToneAnalyzeRequestSchema.parse({
      text: 'Thursday works.',
      position: 'reply',
      previous: 'Would Thursday suit you?',
      situation: 'reply',
    });
    expect(parsed).toMatchObject({ position: 'reply', previous: 'Would Thursday suit you?' });
  });
  it('refuses an unknown situation and an overlong previous message', () => {
    expect(() => ToneAnalyzeRequestSchema.parse({ text: 'x', situation: 'sales' })).toThrow();
    expect(() => ToneAnalyzeRequestSchema.parse({ text: 'x', previous: 'y'.repeat(2001) })).toThrow();
  });
});
