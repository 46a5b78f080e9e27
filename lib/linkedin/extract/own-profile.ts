import { profileIdFromUrl } from '../url';
import type { PageContext } from './context';
import { plainText } from './dom';
import { SELF_ALIAS } from './identity';
import { type Answer, firstAnswer } from './layers';

// On their own page the user gets editing controls ("Edit intro", "Add profile section", "Open to") and none of
// the actions aimed at another member (Connect, Message, Follow). Both are read from labels, not classes.

const OWNER_CONTROL =
  /^(edit (intro|profile)|add (profile )?section|add profile section|open to|enhance profile)\b/i;
const VISITOR_ACTION =
  /^(connect|message|follow|pending|invite .+ to connect|message .+|send (a )?message to .+|follow .+)$/i;
const MAX_CONTROLS = 150;

function labelOf(control: Element): string {
  return (control.getAttribute('aria-label') ?? '').trim() || plainText(control, 100);
}

function ownerByControls(card: Element): boolean | null {
  let owner = false;
  const controls = card.querySelectorAll('a, button, [role="button"]');
  for (let i = 0; i < controls.length && i < MAX_CONTROLS; i++) {
    const label = labelOf(controls[i]!);
    if (VISITOR_ACTION.test(label)) return false;
    if (OWNER_CONTROL.test(label)) owner = true;
  }
  return owner;
}

export function readOwnProfile(ctx: PageContext): Answer<boolean> | null {
  const card = ctx.topCard?.card;
  return firstAnswer<boolean>([
    ['url', () => (profileIdFromUrl(ctx.url) === SELF_ALIAS ? true : null)],
    ['aria', () => (card ? ownerByControls(card) : null)],
  ]);
}
