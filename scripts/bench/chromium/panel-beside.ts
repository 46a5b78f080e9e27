import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../../tests/e2e/harness/extension';

/** The other build's side panel, beside this build's in one extension (see withPanelBeside). */
export const PANEL_BESIDE = 'sidepanel-beside.html';

/**
 * This build with another build's side panel added as PANEL_BESIDE (its chunks copied in; a chunk's name is its
 * content's hash, so none clashes), in a temporary folder: both panels open in one extension, on the same database,
 * in turns, so a before/after of the panel's start is measured side by side. The other build must have the same
 * database schema (an older page cannot open a database upgraded past its version). Its classic scripts (the side
 * panel's first step, entrypoints/sidepanel-first-step.ts) are not named by their content: copied as beside-<name>.
 */
export function withPanelBeside(otherBuild: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rapport-panels-')), 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  for (const chunk of readdirSync(join(otherBuild, 'chunks'))) {
    cpSync(join(otherBuild, 'chunks', chunk), join(dir, 'chunks', chunk), { force: false });
  }
  const html = readFileSync(join(otherBuild, 'sidepanel.html'), 'utf8').replace(
    /<script src="\/([^"]+)"><\/script>/g,
    (_, script: string) => {
      cpSync(join(otherBuild, script), join(dir, `beside-${script}`));
      return `<script src="/beside-${script}"></script>`;
    },
  );
  writeFileSync(join(dir, PANEL_BESIDE), html);
  return dir;
}
