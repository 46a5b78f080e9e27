// The judged LinkedIn messages (../shared/data/linkedin-messages/dev.jsonl, see its README): real people's data,
// read from ../shared at run time and never copied into the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKind, Position } from '../../lib/tone/types';
import { SHARED_DATA } from './datasets';

export const FLAG_NAMES = [
  'ask_without_give',
  'pressure',
  'hype',
  'over_apology',
  'self_deprecation',
  'generic',
  'personal_reference',
  'open_question',
  'promise',
  'answers_reader',
] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

export const SCALES = ['overall', 'warm', 'clear', 'professional'] as const;
export type Scale = (typeof SCALES)[number];

export interface Judgement extends Record<Scale, number> {
  intent: string | null;
  flags: Record<FlagName, boolean | null>;
}

/** What the engine is given: the fields of a line the reviewers saw. */
export interface MessageInput {
  id: string;
  text: string;
  kind?: MessageKind;
  position?: Position;
  recipient_first_name?: string | null;
  previous?: string | null;
}

export interface JudgedMessage extends MessageInput {
  owner: string;
  outcome: { replied: boolean | null; accepted: boolean | null };
  template_group: string | null;
  ratings: [Judgement, Judgement];
  consensus: Judgement;
}

export function loadJudgedMessages(): JudgedMessage[] {
  const file = join(SHARED_DATA, 'linkedin-messages', 'dev.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as JudgedMessage);
}
