import type { DraftAnalysis } from '../analyse-draft';
import { BADGE_CSS } from './badge-style';
import { h } from './dom';
import { type PanelActions, type PanelState, renderPanel } from './hint-panel';

const BADGE_INSET = 6;
const BADGE_HEIGHT = 22;
const PANEL_ROOM = 400;
const VERDICT_WORD = { great: 'Great', good: 'Good', 'needs-work': 'Needs work', empty: 'Rapport' } as const;

/**
 * The badge anchored to one box, and its hint panel, in a closed shadow root attached to an element of Rapport's
 * own at the end of <body>: LinkedIn's CSS cannot restyle it, LinkedIn's scripts cannot read the give/ask balance
 * in it, and LinkedIn's React never finds a foreign node among the children it manages.
 */
export function createBadgeHost(kindId: string, actions: PanelActions) {
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
  const panel = h('div', { class: 'panel', role: 'dialog', 'aria-label': 'Rapport tone hints', hidden: '' });
  root.append(style, mirrorLayer, badge, panel);
  document.body.append(host);

  let state: PanelState | null = null;
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    badge.setAttribute('aria-expanded', String(open));
    if (open && state) renderPanel(panel, state, actions);
  };
  badge.addEventListener('click', () => setOpen(panel.hidden));

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
      count.textContent = points ? `${VERDICT_WORD[label]} · ${points}` : VERDICT_WORD[label];
      giveAsk.textContent = next.reciprocity ? '⇄' : '';
      badge.setAttribute('aria-label', `Rapport tone: ${report.verdict.summary} ${points} hints.`);
      badge.hidden = hideBadge || label === 'empty';
      if (badge.hidden) setOpen(false);
      else if (!panel.hidden) renderPanel(panel, next, actions);
      host.dataset.rapportAnalysedAt = String(performance.now());
    },
    /** Anchors the badge to the box's bottom-right corner (viewport coordinates: the host is fixed at 0,0). */
    place(rect: DOMRect) {
      const visible = rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight;
      host.style.display = visible ? '' : 'none';
      const top = rect.bottom - BADGE_HEIGHT - BADGE_INSET;
      const right = `${rect.right - BADGE_INSET}px`;
      badge.style.cssText = `top:${top}px;left:${right};transform:translateX(-100%);`;
      // The panel opens above the badge when there is room (overlays sit at the bottom of the window).
      const above = top > PANEL_ROOM;
      panel.style.cssText = `top:${above ? top - 4 : top + BADGE_HEIGHT + 4}px;left:${right};transform:translate(-100%,${above ? '-100%' : '0'});`;
      mirrorLayer.style.cssText = `position:absolute;top:${rect.top}px;left:${rect.left}px;`;
    },
    /** Nothing to show on this box (the user dismissed it). */
    quiet() {
      badge.hidden = true;
      setOpen(false);
    },
    dispose: () => host.remove(),
  };
}
export type BadgeHost = ReturnType<typeof createBadgeHost>;
