// A fast non-cryptographic hash (cyrb53) for deterministic interaction ids: the same export row always gives
// the same id, so importing a file twice stores each message once. Two seeds give ~106 bits, which keeps
// collisions between different messages out of reach even for millions of rows.

const SEPARATOR = 0;

/**
 * A stable id-sized digest of the given parts: cyrb53 of the parts joined with NUL, with seeds 0 and 1. Both seeds
 * are hashed in one pass over the parts, without joining them: an import hashes 200,000 messages, and the second
 * pass and the joined copy were a quarter of building its plan.
 */
export function contentHash(...parts: string[]): string {
  let a1 = 0xdeadbeef;
  let a2 = 0x41c6ce57;
  let b1 = 0xdeadbeef ^ 1;
  let b2 = 0x41c6ce57 ^ 1;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (p > 0) {
      a1 = Math.imul(a1 ^ SEPARATOR, 2654435761);
      a2 = Math.imul(a2 ^ SEPARATOR, 1597334677);
      b1 = Math.imul(b1 ^ SEPARATOR, 2654435761);
      b2 = Math.imul(b2 ^ SEPARATOR, 1597334677);
    }
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      a1 = Math.imul(a1 ^ ch, 2654435761);
      a2 = Math.imul(a2 ^ ch, 1597334677);
      b1 = Math.imul(b1 ^ ch, 2654435761);
      b2 = Math.imul(b2 ^ ch, 1597334677);
    }
  }
  return digest(a1, a2).toString(36) + digest(b1, b2).toString(36);
}

/** cyrb53's final mix of its two lanes into 53 bits. */
function digest(h1: number, h2: number): number {
  const m1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const m2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(m1 ^ (m1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & m2) + (m1 >>> 0);
}
