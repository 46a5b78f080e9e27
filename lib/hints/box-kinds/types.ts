import type { Recipient } from '../../schema/sent-message';
import type { MessageKind } from '../../tone/types';

export type BoxKindId = 'messaging' | 'overlay' | 'invite-note' | 'inmail' | 'comment' | 'generic';

/** One kind of LinkedIn box a person writes to another in, and how to read its context off the page. */
export interface BoxKind {
  id: BoxKindId;
  /** What the tone engine should judge the draft as; unknown for a generic box. */
  messageKind?: MessageKind;
  /** Elements that may be this kind of box; `accepts` then checks the surroundings. */
  selector: string;
  accepts(box: HTMLElement): boolean;
  /** Whom the box writes to, or null when the page does not say clearly. */
  recipient(box: HTMLElement): Recipient | null;
  /** Whether a click on `target` sends what is in `box` (LinkedIn's own send button for this box). */
  isSendControl(target: Element, box: HTMLElement): boolean;
}
