import type { RapportDatabase } from '../../db/database';
import type { Handler } from '../../protocol/router';
import { HandledError } from '../../protocol/router';
import type { Contact } from '../../schema/contact';
import type { HandlerContext } from '../context';
import { JOIN_TABLES, joinUnlinked, unlinkedNamed } from '../join-unlinked';

/** Records the user said are not this person: the popup never offers them for this profile again. */
async function refuse(db: RapportDatabase, page: Contact, unlinkedIds: string[]) {
  if (!unlinkedIds.length) return;
  const notSameAs = [...new Set([...(page.notSameAs ?? []), ...unlinkedIds])].slice(-50);
  await db.contacts.update(page.id, { notSameAs });
}

/** The user's answer in the popup: join the export's record into this profile's, or never offer it here again. */
export function contactSamePerson({ db, now }: HandlerContext): Handler<'contact/same-person'> {
  return async ({ contactId, unlinkedId, same }) =>
    db.transaction('rw', [...JOIN_TABLES], async () => {
      const page = await db.contacts.get(contactId);
      if (!page) throw new HandledError('not-found', 'No such contact.');
      if (!same) {
        await refuse(db, page, [unlinkedId]);
        return { contactId, interactionsMoved: 0 };
      }
      const { joined, interactionsMoved } = await joinUnlinked(db, page, unlinkedId, now());
      // "This one" among several of the name says the others are someone else.
      await refuse(
        db,
        joined,
        (await unlinkedNamed(db, joined)).map((other) => other.id),
      );
      return { contactId, interactionsMoved };
    });
}
