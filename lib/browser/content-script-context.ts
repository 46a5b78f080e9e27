import { browser } from 'wxt/browser';

// Replaces WXT's ContentScriptContext in Rapport's bundles (see wxt.config.ts, `vite.resolve.alias`). WXT's own
// posts "<extension id>:<entrypoint>:wxt:content-script-started" to the page with window.postMessage (telling every
// LinkedIn script that Rapport runs, and its id) and stops for good when the page dispatches a CustomEvent of that
// name: one forged event silenced capture and hints. This one says nothing to the page and listens to nothing the
// page can send. It stops when the extension is reloaded or removed, which is when `browser.runtime.id` goes.
// It has only the members Rapport's content scripts use (signal, onInvalidated, addEventListener with
// `wxt:locationchange`): every byte ships on every LinkedIn page, and WXT's timer and frame wrappers went unused
// (tests/unit/content-script-context.test.ts fails if an entrypoint calls a member this class lacks).

/** How often an orphaned script notices it is orphaned, and how often the address is checked without the Navigation API. */
const CHECK_MS = 1000;

type LocationListener = (event: { newUrl: URL; oldUrl: URL }) => void;

interface NavigationLike {
  addEventListener(
    type: 'navigate',
    listener: (event: Event) => void,
    options: { signal: AbortSignal },
  ): void;
}

export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly #locationListeners = new Set<LocationListener>();
  #lastUrl = new URL(location.href);
  #watching = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const timer = setInterval(() => {
      if (this.isInvalid) clearInterval(timer);
      else this.#checkLocation();
    }, CHECK_MS);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /**
   * Like `target.addEventListener`, removed on invalidation. `wxt:locationchange` is not a DOM event here: the
   * listener is called directly, so no page script can forge or observe it.
   */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange') {
      this.#locationListeners.add(handler as LocationListener);
      this.#watchLocation();
      return;
    }
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  #watchLocation() {
    if (this.#watching) return;
    this.#watching = true;
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    // A navigation the page starts (pushState included) is reported by the browser as trusted; the address is
    // read from `location` once it has changed, never from the event.
    navigation?.addEventListener(
      'navigate',
      (event) => {
        if (event.isTrusted) setTimeout(() => this.#checkLocation(), 0);
      },
      { signal: this.signal },
    );
  }

  #checkLocation() {
    if (!this.#watching || this.signal.aborted) return;
    const newUrl = new URL(location.href);
    if (newUrl.href === this.#lastUrl.href) return;
    const oldUrl = this.#lastUrl;
    this.#lastUrl = newUrl;
    for (const listener of this.#locationListeners) listener({ newUrl, oldUrl });
  }
}
