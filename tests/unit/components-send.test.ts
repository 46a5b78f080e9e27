import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

// Components ask the background through useProtocolAction (error beside the control, pending state) or, for
// actions a toast confirms, sendOrToast/sendOrThrow: one way, so a refusal is never silently dropped again (the
// promise, heard-message and intro buttons once were). Reading is not acting: the two that only read stay direct.
// The network page is drawn without React, so it cannot use the hook: its one request (draw the picture again)
// shows a refusal in the page's own status line (tests/component/network-page.test.ts).
const DIRECT = new Set([
  'components/shared/use-protocol-action.ts',
  'components/shared/use-settings.ts', // the settings store: publishes, saves, and toasts itself
  'components/shared/UnsavedNotice.tsx', // reads the count of captures waiting; its actions use the hook
  'components/network/network-page.ts', // plain DOM: no hook to use; a refused draw is shown in its status line
]);

const root = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

it('components send to the background only through use-protocol-action', () => {
  const direct = files(join(root, 'components'))
    .filter((file) => readFileSync(file, 'utf8').includes('lib/browser/messaging'))
    .map((file) => relative(root, file));
  expect(direct.sort()).toEqual([...DIRECT].sort());
});
