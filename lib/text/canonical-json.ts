/**
 * A value as JSON whatever order its objects' fields come in (nested ones too): extension storage may hand an object
 * back with its fields in another order (Chromium sorts them), and two reads of one thing must compare equal.
 */
export function canonicalJson(value: unknown): string {
  const sorted = (part: unknown): unknown =>
    Array.isArray(part)
      ? part.map(sorted)
      : typeof part === 'object' && part !== null
        ? Object.fromEntries(
            Object.keys(part)
              .sort()
              .map((key) => [key, sorted((part as Record<string, unknown>)[key])]),
          )
        : part;
  return JSON.stringify(sorted(value));
}

/** Equal as data, whatever order the fields come in. */
export const sameJson = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
