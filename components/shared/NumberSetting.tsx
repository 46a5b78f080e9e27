import { useEffect, useId, useState } from 'react';

/**
 * A whole-number field that saves on blur or Enter, only when the value is valid; an empty field means "none"
 * where `optional` allows it. Invalid input is shown as such, with what is allowed, and never saved.
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
  const messageId = useId();
  return (
    <label>
      <span>{label}</span>
      <input
        aria-describedby={valid ? undefined : messageId}
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
      {valid ? null : (
        <span className="error" id={messageId} role="alert">
          Enter a whole number from {min} to {max}
          {optional ? ', or leave it empty' : ''}. Not saved.
        </span>
      )}
    </label>
  );
}
