export type HintSeverity = 'warning' | 'info';

/** Highlight names, styled by `::highlight(...)` rules in the page (for boxes) and in Rapport's shadow roots. */
export const HIGHLIGHT_NAMES: Record<HintSeverity, string> = {
  warning: 'rapport-hint',
  info: 'rapport-hint-info',
};

export const HIGHLIGHT_CSS = `
::highlight(rapport-hint) { text-decoration: underline wavy #c2410c; text-decoration-thickness: 1.5px; }
::highlight(rapport-hint-info) { text-decoration: underline dotted #2563eb; text-decoration-thickness: 2px; }`;

/** Whether this browser paints custom highlights (Chromium 105+, Firefox 140+); without it only the badge shows. */
export const canHighlight = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

function sharedHighlight(severity: HintSeverity): Highlight {
  const name = HIGHLIGHT_NAMES[severity];
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/**
 * One box's underlines. All boxes share one Highlight per severity; each layer adds and removes only its own
 * ranges, so one box's update never clears another's.
 */
export function createHighlightLayer() {
  let shown: { range: Range; severity: HintSeverity }[] = [];
  const clear = () => {
    for (const { range, severity } of shown) sharedHighlight(severity).delete(range);
    shown = [];
  };
  return {
    show(ranges: { range: Range; severity: HintSeverity }[]) {
      if (!canHighlight()) return;
      clear();
      for (const { range, severity } of ranges) sharedHighlight(severity).add(range);
      shown = ranges;
    },
    clear: () => canHighlight() && clear(),
  };
}
export type HighlightLayer = ReturnType<typeof createHighlightLayer>;
