import { commentBox } from './comment';
import { genericBox } from './generic';
import { inmailBox } from './inmail';
import { inviteNoteBox } from './invite-note';
import { messagingBox } from './messaging';
import { overlayBox } from './overlay';
import type { BoxKind } from './types';

/** Most specific first: the generic fallback only takes a box no known kind accepts. */
export const BOX_KINDS: readonly BoxKind[] = [
  inmailBox,
  overlayBox,
  messagingBox,
  inviteNoteBox,
  commentBox,
  genericBox,
];

export const ANY_BOX = BOX_KINDS.map((kind) => kind.selector).join(', ');

/** The box an element belongs to (the element itself or its editable ancestor), with its kind. */
export function boxOf(element: Element): { box: HTMLElement; kind: BoxKind } | null {
  const box = element.closest<HTMLElement>(ANY_BOX);
  if (!box) return null;
  const kind = BOX_KINDS.find((candidate) => box.matches(candidate.selector) && candidate.accepts(box));
  return kind ? { box, kind } : null;
}
