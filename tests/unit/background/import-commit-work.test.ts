import { describe, expect, it } from 'vitest';
import {
  COMMIT_WORK,
  estimatedWork,
  readWork,
  threadsWork,
  writeWork,
} from '../../../lib/background/import-commit-work';

describe("an import commit's work, the unit of its progress", () => {
  it('weighs each record read back and each write by its cost', () => {
    expect(readWork(3, 10)).toBe(3 * COMMIT_WORK.contactRead + 10 * COMMIT_WORK.entryRead);
    expect(writeWork(3, 10, 2)).toBe(
      3 * COMMIT_WORK.contact + 10 * COMMIT_WORK.entry + 2 * COMMIT_WORK.personKept,
    );
    expect(threadsWork(10)).toBe(10 * COMMIT_WORK.entryMade);
    expect(readWork(0, 0) + threadsWork(0) + writeWork(0, 0, 0)).toBe(0);
  });

  it('estimates its whole from the counts the page staged: all read, all threads made, all written, a person kept per contact with entries', () => {
    // 30,000 contacts and 230,000 interactions in 230 chunks of 1,000.
    expect(estimatedWork({ contacts: 30_000, interactions: 230_000 }, 230, 1_000)).toBe(
      readWork(30_000, 230_000) + threadsWork(230_000) + writeWork(30_000, 230_000, 30_000),
    );
    // Fewer interactions than contacts: no more people kept than interactions.
    expect(estimatedWork({ contacts: 500, interactions: 200 }, 1, 1_000)).toBe(
      readWork(500, 200) + threadsWork(200) + writeWork(500, 200, 200),
    );
  });

  it('takes no count as more than the chunks can hold, and no counts as no estimate', () => {
    expect(estimatedWork({ contacts: 1e12, interactions: 5 }, 2, 1_000)).toBe(
      estimatedWork({ contacts: 2_000, interactions: 5 }, 2, 1_000),
    );
    expect(estimatedWork(undefined, 230, 1_000)).toBe(0);
    expect(estimatedWork({ contacts: 10, interactions: 10 }, 0, 1_000)).toBe(0);
  });
});
