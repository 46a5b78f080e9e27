interface Props {
  /** The submit button's label ("Save", "Start"). */
  submit: string;
  onCancel: () => void;
  /** The form cannot be sent yet (a required field is empty). */
  disabled?: boolean;
}

/** The row that closes a small form: its submit button, primary, then Cancel, which closes it unsaved. */
export function FormButtons({ submit, onCancel, disabled = false }: Props) {
  return (
    <div className="row">
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
