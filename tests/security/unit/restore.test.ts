import { describe, expect, it } from 'vitest';
import { BackupError, parseBackup } from '../../../lib/backup/parse-backup';

const T = Date.UTC(2026, 0, 5);
const contact = (over: Record<string, unknown> = {}) => ({
  id: 'ada',
  profileUrl: 'https://www.linkedin.com/in/ada/',
  name: 'Ada',
  firstSeenAt: T,
  lastSeenAt: T,
  ...over,
});
const backup = (over: Record<string, unknown> = {}) => ({
  format: 'rapport-backup',
  version: 1,
  exportedAt: T,
  contacts: [contact()],
  interactions: [],
  commitments: [],
  followUps: [],
  ...over,
});

describe('restore validates like capture', () => {
  it('refuses a profile address that is not LinkedIn’s', () => {
    expect(() =>
      parseBackup(backup({ contacts: [contact({ profileUrl: 'https://evil.example' })] })),
    ).toThrow(/contacts\.0\.profileUrl: Not a LinkedIn profile address/);
    expect(() => parseBackup(backup({ contacts: [contact({ profileUrl: 'javascript:alert(1)' })] }))).toThrow(
      BackupError,
    );
  });

  it('strips control and bidi characters and caps every text field', () => {
    const restored = parseBackup(
      backup({
        contacts: [contact({ name: 'Ada\u202e\u0007 Moss', headline: 'x'.repeat(5000), notes: 'a\u2066b' })],
      }),
    );
    const [ada] = restored.contacts;
    expect(ada?.name).toBe('Ada Moss');
    expect(ada?.headline.length).toBeLessThanOrEqual(300);
    expect(ada?.notes).toBe('ab');
  });

  it('refuses records that name no contact of the file', () => {
    const orphan = { id: 'i', contactId: 'nobody', at: T, kind: 'met', actor: 'me', source: 'manual' };
    expect(() => parseBackup(backup({ interactions: [orphan] }))).toThrow(/interactions\.0\.contactId/);
    expect(() => parseBackup(backup({ interactions: [{ ...orphan, contactId: 'ada' }] }))).not.toThrow();
  });
});
