import { nameKey } from '../contacts/unlinked';
import { boundedMemo } from './bounded-memo';

export { nameKey };

/** A name's key, kept: every row names its people, and one directory is asked about each of them several times. */
const keyOf = boundedMemo(nameKey);

/**
 * Who is who by name, for rows without a profile URL (exports before 2024): a name maps to a profile id only
 * when every source that pairs them agrees, because guessing between two people would merge them into one.
 */
export class NameDirectory {
  private readonly ids = new Map<string, string | null>();

  add(name: string, profileId: string | null) {
    const key = keyOf(name);
    if (!key || !profileId) return;
    const known = this.ids.get(key);
    if (known === undefined) this.ids.set(key, profileId);
    else if (known !== profileId) this.ids.set(key, null);
  }

  /** Two sources pair the name with different people. */
  isAmbiguous(name: string): boolean {
    return this.ids.get(keyOf(name)) === null;
  }

  idOf(name: string): string | null {
    return this.ids.get(keyOf(name)) ?? null;
  }
}
