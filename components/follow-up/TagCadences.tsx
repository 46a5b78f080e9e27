import { useEffect, useState } from 'react';
import { saveSettings } from '../shared/use-settings';

const LINE = /^\s*([^:]+?)\s*:\s*(\d{1,4})\s*$/;

/** Reads "tag: days" lines, or names the first line that is not in that form. */
export function parseTagCadences(text: string): { cadences: Record<string, number> } | { badLine: number } {
  const cadences: Record<string, number> = {};
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const match = LINE.exec(line);
    const days = Number(match?.[2]);
    if (!match?.[1] || days < 1) return { badLine: index + 1 };
    cadences[match[1].toLowerCase()] = days;
  }
  return { cadences };
}

const format = (cadences: Record<string, number>) =>
  Object.entries(cadences)
    .map(([tag, days]) => `${tag}: ${days}`)
    .join('\n');

/** Keep-in-touch cadences per tag, one "tag: days" per line, e.g. "mentor: 30". */
export function TagCadences({ cadences }: { cadences: Record<string, number> }) {
  const [text, setText] = useState(format(cadences));
  const [error, setError] = useState('');
  useEffect(() => setText(format(cadences)), [cadences]);
  const save = () => {
    const parsed = parseTagCadences(text);
    if ('badLine' in parsed) {
      setError(`Line ${parsed.badLine} is not "tag: days" (e.g. "mentor: 30"); nothing was saved.`);
      return;
    }
    setError('');
    void saveSettings({ tagCadences: parsed.cadences });
  };
  return (
    <label>
      <span>Keep-in-touch cadence per tag, one "tag: days" per line</span>
      <textarea rows={3} value={text} onChange={(event) => setText(event.target.value)} onBlur={save} />
      {error ? <span className="error">{error}</span> : null}
    </label>
  );
}
