/** Saves text (or the parts of a large file, never joined into one string) as a file through the page's own
 * download link; nothing is uploaded anywhere. */
export function downloadText(filename: string, text: string | string[], type: string) {
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : text, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click starts the download synchronously; the URL can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
