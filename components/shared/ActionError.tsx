interface Props {
  error: string;
  /** A span, where it stands in a line of buttons. */
  inline?: boolean;
  className?: string;
}

/**
 * Why the last thing the user asked for was refused, beside the control they used (see useProtocolAction). An
 * alert, so a screen reader says it without moving focus.
 */
export function ActionError({ error, inline = false, className }: Props) {
  if (!error) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className={className ? `error ${className}` : 'error'} role="alert">
      {error}
    </Tag>
  );
}
