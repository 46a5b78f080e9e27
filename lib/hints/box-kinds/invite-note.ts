import { profileIdFromUrl } from '../../linkedin/url';
import { cleanText, TEXT_CAPS } from '../../text/sanitize';
import type { BoxKind } from './types';

const DIALOG = '.artdeco-modal, [role=dialog]';

/**
 * The note of a connection request. The dialog names the person; the page's profile id is used only when the
 * profile's own heading carries that same name (an invite from "People also viewed" is to someone else).
 */
export const inviteNoteBox: BoxKind = {
  id: 'invite-note',
  messageKind: 'connection-note',
  selector: 'textarea#custom-message, textarea[name=message]',
  accepts: (box) => box.closest(DIALOG) !== null,
  recipient(box) {
    const dialog = box.closest(DIALOG);
    const name = cleanText(
      dialog?.querySelector('strong, .artdeco-modal__header h2 span')?.textContent,
      TEXT_CAPS.name,
    );
    if (!name) return null;
    const pageName = cleanText(document.querySelector('main h1, h1')?.textContent, TEXT_CAPS.name);
    const profileId = pageName === name ? profileIdFromUrl(location.href) : null;
    return profileId ? { profileId, name } : { name };
  },
  isSendControl(target, box) {
    const button = target.closest('button[aria-label^="Send" i], button.artdeco-button--primary');
    return button !== null && box.closest(DIALOG)?.contains(button) === true;
  },
};
