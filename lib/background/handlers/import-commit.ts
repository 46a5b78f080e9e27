import { mergeImported } from '../../contacts/merge-import';
import { HandledError, type Handler } from '../../protocol/router';
import type { Contact } from '../../schema/contact';
import type { HandlerContext } from '../context';

/**
 * Applies a staged import in ONE transaction: contacts merged into the stored ones (only those that change are
 * written), interactions added unless their id is already stored, the staging dropped. Any failure aborts the
 * transaction, so the database holds all of the import or none of it; a second import of the same export finds
 * every contact unchanged and every interaction id present, and writes nothing.
 */
export function importCommit({ db }: HandlerContext): Handler<'import/commit'> {
  return async ({ importId, chunks }) =>
    db.transaction('rw', db.contacts, db.interactions, db.importChunks, async () => {
      const staged = await db.importChunks.where('importId').equals(importId).toArray();
      if (staged.length !== chunks) {
        throw new HandledError(
          'bad-request',
          `Only ${staged.length} of ${chunks} parts of the import arrived; nothing was written.`,
        );
      }
      const imported = new Map<string, Contact>();
      for (const contact of staged.flatMap((chunk) => chunk.contacts)) imported.set(contact.id, contact);
      const ids = [...imported.keys()];
      const stored = await db.contacts.bulkGet(ids);
      const changed: Contact[] = [];
      ids.forEach((id, i) => {
        const merged = mergeImported(stored[i], imported.get(id)!);
        if (!stored[i] || JSON.stringify(merged) !== JSON.stringify(stored[i])) changed.push(merged);
      });
      await db.contacts.bulkPut(changed);

      const interactions = staged.flatMap((chunk) => chunk.interactions);
      const present = await db.interactions.bulkGet(interactions.map((interaction) => interaction.id));
      const fresh = interactions.filter((_, i) => !present[i]);
      await db.interactions.bulkAdd(fresh);

      await db.importChunks.where('importId').equals(importId).delete();
      const added = stored.filter((contact) => !contact).length;
      return {
        contactsAdded: added,
        contactsUpdated: changed.length - added,
        interactionsAdded: fresh.length,
      };
    });
}
