import { sendToBackground } from '../../lib/browser/messaging';
import { h } from '../../lib/dom/build';
import { readSettings, watchSettings } from '../../lib/settings/storage';
import { freshnessOf, type NetworkState, type StoredPicture } from '../../lib/social/network-snapshot';
import { userTimeZone } from '../../lib/time/calendar';
import { adoptPageStyle } from '../shared/page-style';
import { followNetworkState } from './follow-network-state';
import { pictureView } from './picture-view';

/**
 * Where the time goes, for the bench (scripts/bench/network-chromium.bench.ts): the script running, the stored rows
 * read. The charts on screen it observes itself, as the first frame painted with them.
 */
const mark = (name: 'start' | 'read') => performance.mark(`network:${name}`);

const drawnAt = (at: number) =>
  new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short', timeZone: userTimeZone() });

const FIRST_DRAWING =
  'Drawing your network from every contact and a year of exchanges. A big network takes a while the first time (about a minute for 50,000 people); after that this page opens at once.';

/**
 * Your network at a glance: every picture drawn from local data only, each with one suggestion tied to the
 * whitepaper. The background draws the picture and stores it; this page shows the stored one at once and asks
 * for a fresh one when the data has changed since (or the day, or the weak-tie threshold), which then replaces it.
 * Plain DOM, no framework: what it shows is a few KB of stored picture, so its first paint waits for one read of
 * IndexedDB and a few hundred SVG elements, not for React's 224 KB to load (issue 16: first render under 300 ms).
 * `signal` stops it following the data (tests; a page lives as long as its document).
 */
export function showNetworkPage({ signal }: { signal?: AbortSignal } = {}): void {
  mark('start');
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  adoptPageStyle();
  let state: NetworkState | undefined;
  let weakTieDays: number | undefined;
  let drawing = 0;
  let error = '';
  /** The state of the data a drawing was last asked for: asked once, however often the page re-reads it. */
  let askedFor: string | null = null;

  const heading = h('h1', {}, 'Your network');
  const summary = h('p', { class: 'muted' }, 'Reading your contacts…');
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  let body: Element = h('div');
  let shown: StoredPicture | undefined;
  const main = h('main', { class: 'network', 'aria-busy': 'true' }, heading, summary, status, body);
  root.replaceChildren(main);

  const render = () => {
    const stored = state?.picture;
    main.setAttribute('aria-busy', String(!stored && !error));
    heading.textContent = stored ? 'Your network at a glance' : 'Your network';
    summary.hidden = !stored && error !== '';
    summary.textContent = stored
      ? `${stored.picture.total.toLocaleString('en')} people, from what Rapport stores in this browser, as of ${drawnAt(stored.drawnFor)}. Nothing leaves your device.`
      : state && drawing
        ? FIRST_DRAWING
        : 'Reading your contacts…';
    status.className = !stored && error ? 'error' : 'muted';
    status.textContent = error
      ? stored
        ? `Not brought up to date: ${error}`
        : error
      : stored && drawing
        ? 'Bringing it up to date with your latest changes…'
        : '';
    if (stored === shown) return;
    const next = stored ? pictureView(stored.picture) : h('div');
    body.replaceWith(next);
    body = next;
    shown = stored;
  };

  let failed = false;
  const show = () => {
    if (failed) return;
    try {
      render();
    } catch (failure) {
      fail(failure);
    }
  };
  const update = () => {
    show();
    drawIfStale();
  };

  // One request per state of the data: a change made while the page is open (a capture in another tab) is drawn
  // too; a failed drawing is not asked for again and again, nor a new day or threshold more than once per visit
  // (so clocks that disagree cannot keep it drawing). The background joins requests to the drawing under way.
  const drawIfStale = () => {
    if (failed || !state || weakTieDays === undefined) return;
    const freshness = freshnessOf(state.picture, state.changedAt, {
      now: Date.now(),
      weakTieDays,
      timeZone: userTimeZone(),
    });
    if (freshness === 'current') return;
    const basis =
      freshness === 'data-changed'
        ? `changed ${state.changedAt}`
        : freshness === 'missing'
          ? `missing ${state.removedAt ?? ''}`
          : freshness;
    if (askedFor === basis) return;
    askedFor = basis;
    drawing++;
    show();
    void sendToBackground('network/draw', { at: Date.now() }).then((reply) => {
      drawing--;
      error = reply.ok ? '' : reply.error.message;
      update();
    });
  };

  const stopFollowing = followNetworkState((next) => {
    if (!state) mark('read');
    state = next;
    update();
  }, fail);
  const stopWatching = watchSettings((settings) => {
    weakTieDays = settings.weakTieDays;
    drawIfStale();
  });
  void readSettings().then((settings) => {
    weakTieDays ??= settings.weakTieDays;
    drawIfStale();
  });

  signal?.addEventListener('abort', () => stop(), { once: true });

  function stop() {
    failed = true;
    stopFollowing();
    stopWatching();
  }

  // What could not be read or shown (a corrupt row, a database that will not open) is said in place of the page,
  // with export, restore and wipe: React and the rescue's database code load only then.
  function fail(failure: unknown) {
    if (failed) return;
    stop();
    console.error('Rapport: this page could not be shown', failure);
    void import('../shared/mount').then(({ mountFailure }) =>
      mountFailure(failure instanceof Error ? failure : new Error(String(failure))),
    );
  }
}
