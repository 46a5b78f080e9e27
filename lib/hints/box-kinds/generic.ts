import type { BoxKind } from './types';

/**
 * Any other box a person writes in that LinkedIn renders later (a new composer, a renamed class). It gets hints,
 * but its recipient is unknown, so sending from it records nothing.
 */
export const genericBox: BoxKind = {
  id: 'generic',
  selector: '[contenteditable=true][role=textbox], textarea',
  accepts: (box) => !(box as HTMLTextAreaElement).readOnly && !box.closest('[aria-hidden=true]'),
  recipient: () => null,
  isSendControl: () => false,
};
