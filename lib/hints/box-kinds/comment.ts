import { recipientFrom } from '../recipient';
import type { BoxKind } from './types';

const FORM = '.comments-comment-box__form';
const COMMENT = 'article.comments-comment-entity, article.comments-comment-item';
const POST = '.feed-shared-update-v2, [data-urn^="urn:li:activity"]';

/**
 * A comment on a post, or a reply to a comment. A reply writes to the comment's author; a top-level comment to
 * the post's author (when a company posted it there is no person, so nothing is recorded).
 */
export const commentBox: BoxKind = {
  id: 'comment',
  messageKind: 'comment',
  selector: `${FORM} [contenteditable=true][role=textbox]`,
  accepts: (box) => box.closest(FORM) !== null,
  recipient(box) {
    const comment = box.closest(COMMENT);
    if (comment) {
      return recipientFrom(
        comment.querySelector('a.comments-comment-meta__image-link, a[href*="/in/"]'),
        comment.querySelector('.comments-comment-meta__description-title'),
      );
    }
    const actor = box.closest(POST)?.querySelector('.update-components-actor');
    if (!actor) return null;
    return recipientFrom(
      actor.querySelector('a[href*="/in/"]'),
      actor.querySelector(
        '.update-components-actor__title span[aria-hidden=true], .update-components-actor__name',
      ),
    );
  },
  isSendControl(target, box) {
    const button = target.closest('button[class*="comments-comment-box__submit-button"]');
    return button !== null && box.closest(FORM)?.contains(button) === true;
  },
};
