import { newInteraction } from '../contacts/new-interaction';
import { excerptOf } from '../privacy/excerpt';
import type { Contact } from '../schema/contact';
import type { Intent, Interaction, InteractionKind, Party } from '../schema/interaction';
import { intentOnly } from '../tone';
import { importedContact } from './imported-contact';
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
  // The same short texts ("Thanks!", "Congratulations!") recur across years of history.
  private readonly intentOfText = new Map<string, Intent | undefined>();

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
        intent: this.intentOf(row.text),
        excerpt: excerptOf(row.text, this.options.storeExcerpts),
        source: 'import',
      }),
    );
    return null;
  }

  private intentOf(text: string): Intent | undefined {
    if (!this.intentOfText.has(text)) this.intentOfText.set(text, intentOnly(text));
    return this.intentOfText.get(text);
  }
}
