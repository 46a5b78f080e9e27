import { useEffect, useSyncExternalStore } from 'react';

export interface ToastMessage {
  text: string;
  /** Takes the action back; the toast offers an Undo button while it shows. Throws (with why) when it could not. */
  undo?: () => Promise<unknown>;
}

/** Long enough to read and reach Undo by keyboard; the toast stays while focus is inside it. */
const SHOW_MS = 8_000;

let current: ToastMessage | null = null;
const listeners = new Set<() => void>();
const publish = (next: ToastMessage | null) => {
  current = next;
  for (const listener of listeners) listener();
};

/** Confirms something the user did, with Undo; replaces the toast before it. */
export function showToast(message: ToastMessage): void {
  publish(message);
}

/**
 * The page's one toast, fixed at the bottom so a confirmation never moves the button the user just pressed.
 * It is a polite live region, so screen readers announce "Logged: Met" without moving focus.
 */
export function ToastHost() {
  const toast = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      if (!document.activeElement?.closest('.toast')) publish(null);
    }, SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div className="toast" role="status" aria-live="polite">
      {toast ? <span>{toast.text}</span> : null}
      {toast?.undo ? (
        <button
          type="button"
          onClick={async () => {
            try {
              await toast.undo?.();
              publish({ text: 'Undone' });
            } catch (error) {
              publish({ text: `Not undone: ${error instanceof Error ? error.message : String(error)}` });
            }
          }}
        >
          Undo
        </button>
      ) : null}
    </div>
  );
}
