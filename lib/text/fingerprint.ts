/**
 * A short, stable fingerprint of a text (32-bit FNV-1a in base 36). Used where the text itself must not be
 * stored (an ignored hint, a sent message's id) but the same text must map to the same key.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
