import { mergeImported } from '../contacts/merge-import';
import { isUnlinkedId } from '../contacts/unlinked';
import type { RapportDatabase } from '../db/database';
import type { Contact } from '../schema/contact';
import { COMMIT_WORK, type ImportRun, writeInBatches } from './import-runs';

/**
 * Merges the imported contacts into the stored ones, chunk by chunk, writing only those that change. `stored` is
 * the table's keys, read once: an import of new people asks for no row that is not there.
 */
export class ImportedContactsWriter {
  /** Old key → the profile's key, for the records without an address that a visit joined to a profile. */
  readonly joinedAs = new Map<string, string>();
  added = 0;
  changed = 0;

  constructor(
    private readonly db: RapportDatabase,
    private readonly run: ImportRun,
    private readonly stored: Set<unknown>,
    private readonly at: number,
  ) {}

  async write(chunk: readonly Contact[]): Promise<void> {
    const unlinked = chunk.map((contact) => contact.id).filter(isUnlinkedId);
    if (unlinked.length) {
      const wanted = new Set(unlinked);
      for (const contact of await this.db.contacts.where('aliases').anyOf(unlinked).toArray())
        for (const alias of contact.aliases) if (wanted.has(alias)) this.joinedAs.set(alias, contact.id);
    }
    const imported = new Map<string, Contact>();
    for (const contact of chunk) {
      const id = this.joinedAs.get(contact.id) ?? contact.id;
      imported.set(id, id === contact.id ? contact : { ...contact, id });
    }
    const present = [...imported.keys()].filter((id) => this.stored.has(id));
    const rows = present.length ? await this.db.contacts.bulkGet(present) : [];
    const storedRow = new Map(present.map((id, i) => [id, rows[i]]));
    const changed: Contact[] = [];
    for (const [id, contact] of imported) {
      const before = storedRow.get(id);
      const merged = mergeImported(before, contact, this.at);
      if (!before) this.added++;
      if (!before || JSON.stringify(merged) !== JSON.stringify(before)) changed.push(merged);
      this.stored.add(id);
    }
    this.changed += changed.length;
    await writeInBatches(
      changed,
      (batch) => this.db.contacts.bulkPut(batch),
      this.run,
      () => COMMIT_WORK.contact,
    );
  }
}
