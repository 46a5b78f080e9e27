// A fast non-cryptographic hash (cyrb53) for deterministic interaction ids: the same export row always gives
// the same id, so importing a file twice stores each message once. Two seeds give ~106 bits, which keeps
// collisions between different messages out of reach even for millions of rows.

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A stable id-sized digest of the given parts. */
export function contentHash(...parts: string[]): string {
  const text = parts.join('\u0000');
  return cyrb53(text, 0).toString(36) + cyrb53(text, 1).toString(36);
}
