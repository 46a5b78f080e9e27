/**
 * A pure function of a string, its answers kept: an export's 200,000 messages name the same 30,000 people again and
 * again, and reading a profile URL or a name's key afresh each time was a tenth of reading the export. At `limit`
 * answers the memo starts over, so the worker (the only place an import runs) never holds more than that.
 */
export function boundedMemo<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  let answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    if (answers.size >= limit) answers = new Map();
    const answer = fn(key);
    answers.set(key, answer);
    return answer;
  };
}
