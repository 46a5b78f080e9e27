import { badgeTokensCss } from '../../design/tokens';
import { HIGHLIGHT_CSS } from '../highlights';

// Inside a shadow root LinkedIn's CSS cannot reach these elements; `all: initial` also stops inherited styles.
// Colours are the extension's design tokens, light or dark as the host's data-scheme says (the page's scheme).
export const BADGE_CSS = `
${badgeTokensCss()}
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483000; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text); }
.badge { position: absolute; display: flex; align-items: center; gap: 4px; height: 22px; padding: 0 8px;
  white-space: nowrap; border: 1px solid var(--border); border-radius: 11px; background: var(--bg); cursor: pointer;
  box-shadow: 0 1px 2px #0003; }
.badge:focus-visible, button:focus-visible, .panel:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.badge[hidden], .panel[hidden] { display: none; }
.dot { flex: none; width: 8px; height: 8px; border-radius: 50%; background: var(--muted); }
.badge[data-verdict=great] .dot, .badge[data-verdict=good] .dot { background: var(--good); }
.badge[data-verdict=needs-work] .dot { background: var(--warn); }
.badge .count { font-size: 12px; font-weight: 600; white-space: nowrap; }
.badge .give-ask { font-size: 12px; color: var(--warn); white-space: nowrap; }
.panel { position: absolute; width: 340px; max-height: 380px; overflow: auto; padding: 10px 12px; background: var(--bg);
  border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 6px 18px #0004; }
.panel h2 { margin: 0 0 4px; font-weight: 600; font-size: 14px; }
.panel p { margin: 4px 0; }
.muted { color: var(--muted); font-size: 12px; }
.reciprocity { padding: 6px 8px; border-radius: 6px; background: var(--warn-surface); }
ul { list-style: none; margin: 8px 0; padding: 0; }
li { padding: 6px 0; border-top: 1px solid var(--divider); }
button.link { border: 0; background: none; padding: 2px 0; margin-right: 10px; min-height: 24px; color: var(--accent); cursor: pointer; }
button.link:hover { text-decoration: underline; }
.why { margin-left: 4px; }
.keys { color: var(--muted); font-size: 11px; }
.mirror { position: absolute; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word;
  border-style: solid; border-color: transparent; background: transparent; pointer-events: none; }
${HIGHLIGHT_CSS}`;
