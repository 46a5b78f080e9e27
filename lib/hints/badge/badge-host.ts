import { h } from '../../dom/build';
import type { DraftAnalysis } from '../analyse-draft';
import { BADGE_CSS } from './badge-style';
import { type PanelActions, type PanelState, renderPanel } from './hint-panel';
import { pageSchemeAt } from './page-scheme';

/** Gap between the box's edge and the badge outside it. */
const BADGE_GAP = 4;
const BADGE_HEIGHT = 22;
const PANEL_ROOM = 400;

/** From inside the box: opens the hint panel and moves focus into it (documented in the README). */
export const PANEL_SHORTCUT = { key: 'KeyH', altKey: true, shiftKey: true, label: 'Alt+Shift+H' } as const;
const VERDICT_WORD = { great: 'Great', good: 'Good', 'needs-work': 'Needs work', empty: 'Rapport' } as const;

// Writes only what changed: with a page-sized editor (a 50,000-paragraph paste) every style or text change in the
// badge costs Chromium a repaint of the whole page, and the badge is re-placed after every analysis and scroll.
const setText = (element: Element, text: string) => {
  if (element.textContent !== text) element.textContent = text;
};
const setAttribute = (element: Element, name: string, value: string) => {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
};
/** Through the CSSOM, which a page's CSP allows where a style attribute would not be; the last text is kept. */
const styles = new WeakMap<HTMLElement, string>();
const setStyle = (element: HTMLElement, css: string) => {
  if (styles.get(element) === css) return;
  element.style.cssText = css;
  styles.set(element, css);
};

/**
 * The badge anchored to one box, and its hint panel, in a closed shadow root attached to an element of Rapport's
 * own at the end of <body>: LinkedIn's CSS cannot restyle it, LinkedIn's scripts cannot read the give/ask balance
 * in it, and LinkedIn's React never finds a foreign node among the children it manages.
 */
export function createBadgeHost(
  kindId: string,
  actions: PanelActions,
  box: HTMLElement,
  signal: AbortSignal,
) {
  const host = document.createElement('rapport-hints');
  host.dataset.rapportKind = kindId;
  const root = host.attachShadow({ mode: 'closed' });
  const style = h('style', {}, BADGE_CSS);
  const mirrorLayer = h('div', {});
  const count = h('span', { class: 'count' });
  const giveAsk = h('span', { class: 'give-ask' });
  const badge = h(
    'button',
    { type: 'button', class: 'badge', 'aria-expanded': 'false', hidden: '' },
    h('span', { class: 'dot' }),
    count,
    giveAsk,
  );
  const panel = h('div', {
    class: 'panel',
    role: 'dialog',
    'aria-label': 'Rapport tone hints',
    tabindex: '-1',
    hidden: '',
  });
  root.append(style, mirrorLayer, badge, panel);
  document.body.append(host);

  let state: PanelState | null = null;
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    badge.setAttribute('aria-expanded', String(open));
    if (open && state) renderPanel(panel, state, actions);
  };
  /** Opens the panel with focus inside it, so a keyboard user lands on the first hint's action (not its Why). */
  const openWithFocus = () => {
    setOpen(true);
    (panel.querySelector<HTMLElement>('button:not(.why)') ?? panel).focus();
  };
  badge.addEventListener('click', () => (panel.hidden ? openWithFocus() : setOpen(false)));
  // Escape closes the panel and gives the box its focus back, where the user was writing.
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || panel.hidden) return;
    event.stopPropagation();
    setOpen(false);
    box.focus();
  });
  const onBoxKey = (event: KeyboardEvent) => {
    if (
      event.code !== PANEL_SHORTCUT.key ||
      event.altKey !== PANEL_SHORTCUT.altKey ||
      event.shiftKey !== PANEL_SHORTCUT.shiftKey ||
      badge.hidden
    )
      return;
    event.preventDefault();
    openWithFocus();
  };
  // On the page's box, so it goes with the session; the badge's own listeners go with its host.
  box.addEventListener('keydown', onBoxKey, { signal });

  return {
    host,
    mirrorLayer,
    /** Shows the latest analysis; the badge stays hidden while the box is empty or the user hid badges. */
    show(next: PanelState, hideBadge: boolean) {
      state = next;
      const { report, hints }: DraftAnalysis = next.analysis;
      const label = report.verdict.label;
      // Coaching that asks for a change counts like a hint: an unanswered question matters as much as a hedge.
      const points = hints.length + next.coaching.filter((point) => point.severity === 'warning').length;
      badge.dataset.verdict = label;
      setText(count, points ? `${VERDICT_WORD[label]} · ${points}` : VERDICT_WORD[label]);
      setText(giveAsk, next.reciprocity ? '· give first?' : '');
      setAttribute(
        badge,
        'aria-label',
        `Rapport tone: ${report.verdict.summary} ${points} hints. ${PANEL_SHORTCUT.label} from the message box opens them.`,
      );
      badge.hidden = hideBadge || label === 'empty';
      if (badge.hidden) setOpen(false);
      else if (!panel.hidden) renderPanel(panel, next, actions);
      host.dataset.rapportAnalysedAt = String(performance.now());
    },
    /**
     * Anchors the badge just outside the box, above its top-right corner (below the bottom-right one when the box
     * touches the top of the window), so it never covers what the user writes; and takes the page's scheme.
     * Viewport coordinates: the host is fixed at 0,0.
     */
    place(rect: DOMRect) {
      const visible = rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight;
      setStyle(host, visible ? '' : 'display:none');
      setAttribute(host, 'data-scheme', pageSchemeAt(box));
      const roomAbove = rect.top - BADGE_HEIGHT - BADGE_GAP >= 0;
      const top = roomAbove ? rect.top - BADGE_HEIGHT - BADGE_GAP : rect.bottom + BADGE_GAP;
      const right = `${rect.right}px`;
      setStyle(badge, `top:${top}px;left:${right};transform:translateX(-100%);`);
      // The panel opens above the badge when there is room (overlays sit at the bottom of the window).
      const above = top > PANEL_ROOM;
      setStyle(
        panel,
        `top:${above ? top - 4 : top + BADGE_HEIGHT + 4}px;left:${right};transform:translate(-100%,${above ? '-100%' : '0'});`,
      );
      setStyle(mirrorLayer, `position:absolute;top:${rect.top}px;left:${rect.left}px;`);
    },
    /** Nothing to show on this box (the user dismissed it). */
    quiet() {
      badge.hidden = true;
      setOpen(false);
    },
    dispose() {
      host.remove();
    },
  };
}
export type BadgeHost = ReturnType<typeof createBadgeHost>;
