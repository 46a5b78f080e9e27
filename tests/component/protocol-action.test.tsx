// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContactEditor } from '../../components/contact/ContactEditor';
import { QuickLog } from '../../components/contact/QuickLog';
import { showToast, ToastHost } from '../../components/shared/toast';
import { useContact } from '../../components/shared/use-contact';
import { sendOrThrow, useProtocolAction } from '../../components/shared/use-protocol-action';
import { newContact } from '../../lib/contacts/new-contact';
import type { RapportDatabase } from '../../lib/db/database';
import { serveBackground } from '../support/background';

// The pages read the database the test's background writes.
const pages = vi.hoisted(() => ({ db: undefined as RapportDatabase | undefined }));
vi.mock('../../lib/db/page-database', () => ({ database: () => pages.db }));

let db: RapportDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = serveBackground();
  pages.db = db;
});
afterEach(cleanup);

const ada = newContact('ada-lindqvist', 'Ada Lindqvist', 0, { source: 'manual', company: 'Acme' });

it('a refused action says why beside its control and keeps the form; the next success clears it', async () => {
  const user = userEvent.setup();
  const onClose = vi.fn();
  // Ada is not stored yet: the background answers "not found".
  render(<ContactEditor contact={ada} onClose={onClose} />);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect((await screen.findByRole('alert')).textContent).toBe('No contact "ada-lindqvist"');
  expect(onClose).not.toHaveBeenCalled();

  await db.contacts.put(ada);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
  expect(screen.queryByRole('alert')).toBeNull();
});

/** Sends one message whose answer the test releases, to watch `pending` and `error` in between. */
function Probe() {
  const { send, error, pending } = useProtocolAction();
  return (
    <>
      <button type="button" disabled={pending} onClick={() => void send('data/wipe', { confirm: 'wipe' })}>
        {pending ? 'Wiping…' : 'Wipe'}
      </button>
      <span data-testid="error">{error}</span>
    </>
  );
}

it('is pending from the send until the answer', async () => {
  fakeBrowser.reset();
  const answers: ((reply: unknown) => void)[] = [];
  fakeBrowser.runtime.onMessage.addListener(
    (_message: unknown, _sender, sendResponse: (r: unknown) => void) => {
      answers.push(sendResponse);
      return true;
    },
  );
  const user = userEvent.setup();
  render(<Probe />);
  await user.click(screen.getByRole('button', { name: 'Wipe' }));
  expect(screen.getByRole('button', { name: 'Wiping…' })).toHaveProperty('disabled', true);
  await waitFor(() => expect(answers).toHaveLength(1));
  await act(async () => answers[0]?.({ ok: false, error: { code: 'failed', message: 'Disk is full' } }));
  expect(screen.getByTestId('error').textContent).toBe('Disk is full');
  expect(screen.getByRole('button', { name: 'Wipe' })).toHaveProperty('disabled', false);
});

it('a toast\'s Undo that the background refuses says so instead of "Undone"', async () => {
  const user = userEvent.setup();
  render(<ToastHost />);
  act(() =>
    showToast({
      text: 'Logged: Met',
      undo: () => sendOrThrow('contact/edit', { contactId: 'nobody', changes: {} }),
    }),
  );
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not undone: No contact "nobody"'));

  act(() => showToast({ text: 'Logged: Met', undo: async () => {} }));
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Undone'));
});

it('an action confirmed by a toast says its refusal there, and Undo takes a logged entry back', async () => {
  const user = userEvent.setup();
  render(
    <>
      <QuickLog contactId={ada.id} />
      <ToastHost />
    </>,
  );
  // No such person yet: the log is refused, and the toast says why.
  await user.click(screen.getByRole('button', { name: 'Met' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toMatch(/^Logged/));
  expect(screen.getByRole('status').textContent).not.toBe('');
  expect(await db.interactions.count()).toBe(0);

  await db.contacts.put(ada);
  await user.click(screen.getByRole('button', { name: 'Met' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Logged: Met/));
  expect(await db.interactions.where('contactId').equals(ada.id).count()).toBe(1);
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Undone'));
  expect(await db.interactions.where('contactId').equals(ada.id).count()).toBe(0);
});

function Name({ id }: { id: string | null }) {
  const contact = useContact(id);
  return <span data-testid="name">{contact === undefined ? 'reading' : (contact?.name ?? 'nobody')}</span>;
}

it("useContact follows the person's record: absent, written, edited, deleted", async () => {
  const { rerender } = render(<Name id={null} />);
  await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('nobody'));
  rerender(<Name id={ada.id} />);
  await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('nobody'));
  await db.contacts.put(ada);
  await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('Ada Lindqvist'));
  await db.contacts.put({ ...ada, name: 'Ada Lindqvist-Berg' });
  await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('Ada Lindqvist-Berg'));
  await sendOrThrow('contact/delete', { contactId: ada.id, confirm: ada.id });
  await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('nobody'));
});
