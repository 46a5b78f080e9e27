import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newContact } from '../../../lib/contacts/new-contact';
import { openDatabase, type RapportDatabase } from '../../../lib/db/database';
import { onStoresChanged } from '../../../lib/db/store-changes';
import { commitment } from '../engine/factories';

// The queue is read without Dexie; it learns of writes from the channel Dexie posts every committed write's
// changes on. If Dexie renamed the channel or changed its keys, these would fail.
let name: string;
let db: RapportDatabase;
const stops: (() => void)[] = [];
beforeEach(async () => {
  name = `store-changes-${crypto.randomUUID()}`;
  db = openDatabase(name);
  // Its creation is posted as a change to every store: before anyone listens.
  await db.open();
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  db.close();
  await Dexie.delete(name);
});

/** Listens for writes to these stores of the test's database; the listener is stopped after the test. */
function listen(stores: string[]) {
  const changed = vi.fn();
  stops.push(onStoresChanged(stores, changed, name));
  return changed;
}

describe('onStoresChanged', () => {
  it('is told of a committed write to a store it follows, by Dexie in the same context', async () => {
    const changed = listen(['contacts']);
    await db.contacts.put(newContact('ada-lindqvist', 'Ada Lindqvist', Date.now()));
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
  });

  it('is not told of writes to other stores, or to another database', async () => {
    const changed = listen(['contacts']);
    const other = openDatabase(`${name}-other`);
    await other.contacts.put(newContact('ada-lindqvist', 'Ada Lindqvist', Date.now()));
    await db.heard.put({ id: 'h1', contactId: 'ada-lindqvist', at: 1 } as never);
    // A write it follows, after the others: once it is told of that, it would have been told of them.
    const after = listen(['commitments']);
    await db.commitments.put(commitment({ contactId: 'ada-lindqvist', by: 'me', dueAt: null }));
    await vi.waitFor(() => expect(after).toHaveBeenCalled());
    expect(changed).not.toHaveBeenCalled();
    other.close();
    await Dexie.delete(other.name);
  });

  it('stops when told to', async () => {
    const changed = vi.fn();
    onStoresChanged(['contacts'], changed, name)();
    const after = listen(['contacts']);
    await db.contacts.put(newContact('bo-berg', 'Bo Berg', Date.now()));
    await vi.waitFor(() => expect(after).toHaveBeenCalled());
    expect(changed).not.toHaveBeenCalled();
  });
});
