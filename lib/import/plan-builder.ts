import { newInteraction } from '../contacts/new-interaction';
import { excerptOf } from '../privacy/excerpt';
import type { Contact } from '../schema/contact';
import type { Interaction, InteractionKind, Party } from '../schema/interaction';
import { importedContact } from './imported-contact';
import { intentReader } from './intent-reader';
import { NameDirectory } from './name-directory';
import type { RowProblem } from './problem';
import type { RowPerson } from './row-verdict';

export interface BuildOptions {
  /** Import time (epoch ms): first seen for new contacts. */
  now: number;
  /** Message excerpts are kept only when the user opted in (settings.storeExcerpts). */
  storeExcerpts: boolean;
  /** Contacts already in Rapport, so a message without a URL can still find the person by an unambiguous name. */
  known: readonly { id: string; name: string }[];
  /**
   * Leaves each message's intent to be read when its chunk is made (lib/import/plan-chunks.ts), not while building:
   * the import's worker then reads them while the chunks before are on their way to the background, instead of
   * before the first is sent (the tone engine's reading is the biggest part of the build: 7 of 14 s for 200,000
   * messages in Node, loaded).
   */
  intentsWhenChunked?: boolean;
}

export interface InteractionRow {
  id: string;
  line: number;
  /** The other person of the row: the contact it is recorded on. */
  counterpart: RowPerson;
  at: number;
  kind: InteractionKind;
  actor: Party;
  text: string;
}

/** Collects the contacts and interactions of one import, one person and one row id at most once each. */
export class PlanBuilder {
  /** Names this export pairs with a profile URL. */
  readonly directory = new NameDirectory();
  /** Connections of this export without a URL, by name (lib/contacts/unlinked.ts). */
  readonly unlinked = new NameDirectory();
  /** Contacts Rapport already has, by name: the last resort for a message row, never for a connection row. */
  private readonly known = new NameDirectory();
  readonly contacts = new Map<string, Contact>();
  readonly interactions: Interaction[] = [];
  private readonly lineOfId = new Map<string, number>();
  readonly intentOf = intentReader();
  /** Each interaction's message text, in the order of `interactions`, when their intents are read later. */
  readonly texts: string[] = [];

  constructor(readonly options: BuildOptions) {
    for (const { id, name } of options.known) this.known.add(name, id);
  }

  /** The contact a person of a row is, created when the export is the first to mention them. */
  contactOf(person: RowPerson): string | null {
    const id =
      person.profileId ??
      this.directory.idOf(person.name) ??
      this.unlinked.idOf(person.name) ??
      this.known.idOf(person.name);
    if (id && !this.contacts.has(id))
      this.contacts.set(id, importedContact(id, person.name, this.options.now));
    return id;
  }

  /** Adds one row's interaction, or says why it is not added. */
  addInteraction(row: InteractionRow): RowProblem | null {
    const contactId = this.contactOf(row.counterpart);
    if (!contactId)
      return {
        line: row.line,
        reason: this.unlinked.isAmbiguous(row.counterpart.name)
          ? `no profile URL for "${row.counterpart.name}", and several connections have that name`
          : `no profile URL for "${row.counterpart.name}", and no connection or contact of that name`,
      };
    const earlier = this.lineOfId.get(row.id);
    if (earlier !== undefined) return { line: row.line, reason: `same ${row.kind} as line ${earlier}` };
    this.lineOfId.set(row.id, row.line);
    const contact = this.contacts.get(contactId)!;
    contact.lastInteractionAt = Math.max(contact.lastInteractionAt, row.at);
    this.interactions.push(
      newInteraction({
        id: row.id,
        contactId,
        at: row.at,
        kind: row.kind,
        actor: row.actor,
        intent: this.options.intentsWhenChunked ? undefined : this.intentOf(row.text),
        excerpt: excerptOf(row.text, this.options.storeExcerpts),
        source: 'import',
      }),
    );
    if (this.options.intentsWhenChunked) this.texts.push(row.text);
    return null;
  }
}
