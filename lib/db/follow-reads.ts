/**
 * Reads now (a microtask later: whoever subscribes and leaves at once, as dexie-react-hooks does to look for a
 * value, costs no read), and again whenever `listen` says the data changed, handing each answer on; returns the
 * stop. One read at a time: a change announced during a read is read after it, so the last answer handed on is
 * the latest.
 */
export function followReads<T>(
  read: () => Promise<T>,
  listen: (changed: () => void) => () => void,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  let open = true;
  let reading = false;
  let again = false;
  const next = () => {
    if (!open) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    read()
      .then((value) => {
        if (open) onValue(value);
      })
      .catch((error: unknown) => {
        if (open) onError(error);
      })
      .finally(() => {
        reading = false;
        if (again) {
          again = false;
          next();
        }
      });
  };
  const stopListening = listen(next);
  queueMicrotask(next);
  return () => {
    open = false;
    stopListening();
  };
}
