// The judged messages as training rows: the engine's own features, computed as it computes them.
import { judgementInputs } from '../../lib/tone/judgement/inputs';
import { sameTextCounts, templateSignature } from '../../lib/tone/template';
import type { ToneContext } from '../../lib/tone/types';
import { contextOf, type JudgedMessage, type MessageInput } from './judged-messages';
import type { TrainingRow } from './train-judgement';

/**
 * The judged messages come from people's sent folders, so, as Rapport does with what the user sends, each message
 * knows how many others in the set are the same template (`sameTextSentTo`).
 */
export function judgementRows(messages: readonly JudgedMessage[]): TrainingRow[] {
  const contexts = withSentTemplates(messages);
  return messages.map((message, i) => ({
    message,
    features: judgementInputs(message.text, contexts[i]).features,
  }));
}

export function withSentTemplates(messages: readonly MessageInput[]): ToneContext[] {
  const counts = sameTextCounts(
    messages.map((message) => templateSignature(message.text, message.recipient_first_name ?? '')),
  );
  return messages.map((message, i) => ({ ...contextOf(message), sameTextSentTo: counts[i] }));
}
