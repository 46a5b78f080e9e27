import { DRAFT_SITUATION, followUpDraft } from '../../lib/engine/draft';
import type { FollowUpItem } from '../../lib/engine/types';
import { useContact } from '../shared/use-contact';
import { DraftBox } from '../tone/DraftBox';

/**
 * The draft box pre-filled with what to reference, with the person's record behind it so the tone check can
 * judge personalisation. Rapport never sends it: the user copies it into LinkedIn.
 */
export function FollowUpDraft({ item }: { item: FollowUpItem }) {
  const contact = useContact(item.contactId);
  return (
    <DraftBox
      contact={contact}
      initialText={followUpDraft(item)}
      initialSituation={DRAFT_SITUATION[item.ruleId]}
    />
  );
}
