import type { Intent } from '../schema/interaction';
import { intentOnly } from '../tone';

/**
 * The tone engine's intent of a message (lib/tone/intent-only.ts), read once per distinct text: the same short
 * texts ("Thanks!", "Congratulations!") recur across years of history.
 */
export function intentReader(): (text: string) => Intent | undefined {
  const intentOfText = new Map<string, Intent | undefined>();
  return (text) => {
    if (!intentOfText.has(text)) intentOfText.set(text, intentOnly(text));
    return intentOfText.get(text);
  };
}
