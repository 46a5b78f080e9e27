/**
 * The files just chosen in a file input, which is then emptied: a browser reports a choice only when it differs
 * from the input's current one, so choosing the same file again (a retry after a cancel or a failure, the same
 * export imported twice) would otherwise do nothing at all.
 */
export function takeChosenFiles(input: HTMLInputElement): File[] {
  const files = [...(input.files ?? [])];
  input.value = '';
  return files;
}
