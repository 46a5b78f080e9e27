import { GREETINGS } from './features/word-lists';
import { tokenize } from './text/tokenize';

/** How many of a text's word-shingle hashes a signature keeps (bottom-k MinHash). */
export const SIGNATURE_SIZE = 24;
const SHINGLE = 3;
/** Estimated word-shingle overlap from which two messages count as the same template. */
export const SAME_TEMPLATE = 0.5;

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A small, one-way signature of a message's wording for spotting the same text sent to several people: the
 * lowest hashes of its three-word runs, with the greeting and the recipient's name left out (they are what a
 * template changes). It cannot be turned back into the text, so it may be kept where the text may not.
 */
export function templateSignature(text: string, recipientName = ''): number[] {
  const name = recipientName.split(/\s+/)[0]?.toLowerCase() ?? '';
  const words = tokenize(text.slice(0, 5_000))
    .filter((token) => token.kind === 'word' && token.norm !== name)
    .map((token) => token.norm);
  while (words.length && GREETINGS.has(words[0]!)) words.shift();
  if (words.length < SHINGLE + 3) return [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) hashes.add(hash(words.slice(i, i + SHINGLE).join(' ')));
  return [...hashes].sort((a, b) => a - b).slice(0, SIGNATURE_SIZE);
}

/** Estimated overlap of two signatures' texts, 0–1 (bottom-k estimate of the Jaccard index). */
export function templateSimilarity(a: readonly number[], b: readonly number[]): number {
  if (!a.length || !b.length) return 0;
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, SIGNATURE_SIZE);
  const inA = new Set(a);
  const inB = new Set(b);
  return union.filter((h) => inA.has(h) && inB.has(h)).length / union.length;
}

/** For each message of a batch the writer sent, how many of the others are the same template. */
export function sameTextCounts(signatures: readonly (readonly number[])[]): number[] {
  return signatures.map(
    (own, i) =>
      signatures.filter((other, j) => j !== i && templateSimilarity(own, other) >= SAME_TEMPLATE).length,
  );
}

/** How many other people (by id) were sent a text whose signature matches this one: a template, however friendly. */
export function sentToOthers(
  signature: readonly number[],
  sent: readonly { contactId: string; signature?: readonly number[] }[],
  recipientId: string | null,
): number {
  if (!signature.length) return 0;
  const others = new Set<string>();
  for (const message of sent) {
    if (message.contactId === recipientId || !message.signature) continue;
    if (templateSimilarity(signature, message.signature) >= SAME_TEMPLATE) others.add(message.contactId);
  }
  return others.size;
}
