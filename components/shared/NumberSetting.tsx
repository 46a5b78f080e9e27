import { useEffect, useState } from 'react';

/**
 * A whole-number field that saves on blur or Enter, only when the value is valid; an empty field means "none"
 * where `optional` allows it. Invalid input is shown as such and never saved.
 */
export function NumberSetting({
  label,
  value,
  min,
  max,
  optional = false,
  onSave,
}: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  optional?: boolean;
  onSave(value: number | null): void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  const parsed = text.trim() === '' ? null : Number(text);
  const valid = parsed === null ? optional : Number.isInteger(parsed) && parsed >= min && parsed <= max;
  const save = () => {
    if (valid && parsed !== value) onSave(parsed);
  };
  return (
    <label>
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text}
        aria-invalid={!valid}
        onChange={(event) => setText(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => event.key === 'Enter' && save()}
      />
    </label>
  );
}
