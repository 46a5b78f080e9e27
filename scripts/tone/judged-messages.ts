// The judged LinkedIn messages (../shared/data/linkedin-messages/dev.jsonl, see its README): real people's data,
// read from ../shared at run time and never copied into the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCALES, type Scale } from '../../lib/tone/judgement/model';
import {
  FLAG_NAMES,
  type FlagName,
  type MessageKind,
  type Position,
  type ToneContext,
} from '../../lib/tone/types';
import { SHARED_DATA } from './datasets';

export { FLAG_NAMES, type FlagName, SCALES, type Scale };

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

/** The engine's context for a line of dev.jsonl's shape: the same facts the reviewers saw. */
export function contextOf(input: MessageInput): ToneContext {
  return {
    kind: input.kind,
    position: input.position,
    previous: input.previous ?? undefined,
    recipientName: input.recipient_first_name ?? undefined,
  };
}
