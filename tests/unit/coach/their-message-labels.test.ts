import { describe, expect, it } from 'vitest';
import { IntentSchema } from '../../../lib/schema/interaction';
import { THEIR_MESSAGE_LABELS } from '../../../scripts/coach/their-message-labels';

// The hand labels for `npm run eval:their-messages` sit in the project; the real messages they label must not.
describe('the hand labels of their messages', () => {
  const entries = Object.entries(THEIR_MESSAGE_LABELS);

  it('hold ids and labels only: no word of any message', () => {
    expect(entries).toHaveLength(191);
    for (const [id, label] of entries) {
      expect(id).toMatch(/^dev-\d{3}$/);
      expect(label).toHaveLength(2);
      expect(IntentSchema.parse(label[0])).toBe(label[0]);
      expect(typeof label[1]).toBe('boolean');
    }
  });
});
