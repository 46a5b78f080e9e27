import { HIGHLIGHT_CSS } from '../highlights';

// Inside a shadow root LinkedIn's CSS cannot reach these elements; `all: initial` also stops inherited styles.
export const BADGE_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483000; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; }
.badge { position: absolute; display: flex; align-items: center; gap: 4px; height: 22px; padding: 0 7px;
  border: 1px solid #d0d7de; border-radius: 11px; background: #fff; cursor: pointer; box-shadow: 0 1px 2px #0002; }
.badge[hidden], .panel[hidden] { display: none; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #8c959f; }
.badge[data-verdict=great] .dot { background: #1a7f37; }
.badge[data-verdict=good] .dot { background: #2da44e; }
.badge[data-verdict=needs-work] .dot { background: #bf8700; }
.badge .count { font-size: 12px; font-weight: 600; }
.badge .give-ask { font-size: 12px; color: #9a3412; }
.panel { position: absolute; width: 340px; max-height: 380px; overflow: auto; padding: 10px 12px; background: #fff;
  border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 6px 18px #0003; }
.panel h2 { margin: 0 0 4px; font-weight: 600; font-size: 14px; }
.panel p { margin: 4px 0; }
.muted { color: #59636e; font-size: 12px; }
.reciprocity { padding: 6px 8px; border-radius: 6px; background: #fff4e5; }
ul { list-style: none; margin: 8px 0; padding: 0; }
li { padding: 6px 0; border-top: 1px solid #eaeef2; }
button.link { border: 0; background: none; padding: 2px 0; margin-right: 10px; color: #0a66c2; cursor: pointer; }
button.link:hover { text-decoration: underline; }
.mirror { position: absolute; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word;
  border-style: solid; border-color: transparent; background: transparent; pointer-events: none; }
${HIGHLIGHT_CSS}`;
