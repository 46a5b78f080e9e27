import type { Contact } from '../schema/contact';

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** "Head of Design at Acme", or the headline, or nothing: enough for the introducer to place the person. */
function roleOf(target: Contact): string {
  const role = [target.title, target.company].filter(Boolean).join(' at ');
  return role || target.headline;
}

/**
 * A double-opt-in intro request to a mutual connection (whitepaper: Social Proof, Reciprocity, Be Aware of Tone):
 * it says who and why in a line the introducer can forward, asks them to check with the other person first, makes
 * saying no easy, and offers something back. The bracketed line is for the user to fill in; Rapport never sends it.
 */
export function introRequestDraft(introducer: Contact, target: Contact): string {
  const them = firstName(introducer.name);
  const who = firstName(target.name);
  const role = roleOf(target);
  return [
    `Hi ${them},`,
    '',
    `I noticed you are connected with ${target.name}${role ? ` (${role})` : ''}. I am exploring [what you would like to talk about, in one line], and ${who}'s experience there caught my eye.`,
    '',
    `How would you feel about asking ${who} whether an introduction would be welcome? Only if it feels right: if you do not know ${who} well, or the timing is off, just say so and no explanation is needed.`,
    '',
    'If it helps, I can write a short note you could forward.',
    '',
    'Happy to return the favour any time, and thank you either way,',
  ].join('\n');
}

/** Does a sent message read as this intro request: it names the person to be introduced? */
export function mentionsTarget(text: string, targetName: string): boolean {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = targetName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 1);
  if (words.length === 0) return false;
  const full = words.join(' ');
  return folded.includes(full) || (words.length > 1 && words.every((word) => folded.includes(word)));
}
