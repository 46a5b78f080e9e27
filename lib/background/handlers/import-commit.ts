import { mergeImported } from '../../contacts/merge-import';
import { isUnlinkedId } from '../../contacts/unlinked';
import type { RapportDatabase } from '../../db/database';
import { IMPORTED_ID_PREFIX } from '../../import/imported-id';
import { HandledError, type Handler } from '../../protocol/router';
import type { Contact } from '../../schema/contact';
import type { HandlerContext } from '../context';
import { asRun, stopIfCancelled, timedStep, writeInBatches } from '../import-runs';

/**
 * Applies a staged import in ONE transaction: contacts merged into the stored ones (only those that change are
 * written), interactions added unless their id is already stored, the staging dropped. Any failure aborts the
 * transaction, so the database holds all of the import or none of it; a second import of the same export finds
 * every contact unchanged and every interaction id present, and writes nothing. Its rows written can be read
 * while it runs (import/progress), and a cancel (import/cancel) stops it between two batches, writing nothing.
 */
export function importCommit({ db, now }: HandlerContext): Handler<'import/commit'> {
  return async ({ importId, chunks }) =>
    asRun(db, importId, (run) =>
      db.transaction('rw', [db.contacts, db.interactions, db.importChunks], async () => {
        const staged = await timedStep('commit: read the staged chunks', () =>
          db.importChunks.where('importId').equals(importId).toArray(),
        );
        if (staged.length !== chunks) {
          throw new HandledError(
            'bad-request',
            `Only ${staged.length} of ${chunks} parts of the import arrived; nothing was written.`,
          );
        }
        stopIfCancelled(run);
        // A connection without an address whose record a visit has since joined to a profile goes to that profile.
        const joinedAs = await joinedRecords(
          db,
          staged.flatMap((chunk) => chunk.contacts.map((contact) => contact.id).filter(isUnlinkedId)),
        );
        const imported = new Map<string, Contact>();
        for (const contact of staged.flatMap((chunk) => chunk.contacts)) {
          const id = joinedAs.get(contact.id) ?? contact.id;
          imported.set(id, id === contact.id ? contact : { ...contact, id });
        }
        const ids = [...imported.keys()];
        const at = now();
        const stored = await timedStep('commit: read the stored contacts', () => db.contacts.bulkGet(ids));
        const changed: Contact[] = [];
        ids.forEach((id, i) => {
          const merged = mergeImported(stored[i], imported.get(id)!, at);
          if (!stored[i] || JSON.stringify(merged) !== JSON.stringify(stored[i])) changed.push(merged);
        });
        // One key-range read of the imported ids already stored, instead of one lookup per row.
        const present = new Set(
          await timedStep('commit: read the stored interaction ids', () =>
            db.interactions.where('id').startsWith(IMPORTED_ID_PREFIX).primaryKeys(),
          ),
        );
        // By person, so each batch touches few people and each summary is read and written about once.
        const fresh = staged
          .flatMap((chunk) => chunk.interactions)
          .filter((interaction) => !present.has(interaction.id))
          .map((row) =>
            joinedAs.has(row.contactId) ? { ...row, contactId: joinedAs.get(row.contactId)! } : row,
          )
          .sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0));
        run.total = changed.length + fresh.length;
        await timedStep('commit: write contacts', () =>
          writeInBatches(changed, (batch) => db.contacts.bulkPut(batch), run),
        );
        await timedStep('commit: write interactions', () =>
          writeInBatches(fresh, (batch) => db.interactions.bulkAdd(batch), run),
        );
        await timedStep('commit: drop the staging', () =>
          db.importChunks.where('importId').equals(importId).delete(),
        );
        const added = stored.filter((contact) => !contact).length;
        return {
          contactsAdded: added,
          contactsUpdated: changed.length - added,
          interactionsAdded: fresh.length,
        };
      }),
    );
}

/** Old key → the profile's key, for the records without an address that were joined to a profile. */
async function joinedRecords(db: RapportDatabase, unlinkedIds: string[]): Promise<Map<string, string>> {
  const joinedAs = new Map<string, string>();
  if (!unlinkedIds.length) return joinedAs;
  const wanted = new Set(unlinkedIds);
  for (const contact of await db.contacts.where('aliases').anyOf(unlinkedIds).toArray())
    for (const alias of contact.aliases) if (wanted.has(alias)) joinedAs.set(alias, contact.id);
  return joinedAs;
}
