import type { Settings } from '../../lib/schema/settings';
import { Checkbox } from '../shared/Checkbox';
import { RuleToggles } from '../shared/RuleToggles';
import { saveSettings, useSettings } from '../shared/use-settings';
import { useToneEngine } from './use-tone-engine';

type Flag = 'inlineHints' | 'hideBadge' | 'storeExcerpts' | 'readConversations';

/**
 * Tone hints on LinkedIn: on or off, the badge, reading conversations, excerpts of messages, each rule, and what
 * was ignored.
 */
export function ToneSettings() {
  const settings = useSettings();
  // The rule list only: no weights.
  const engine = useToneEngine({ weights: false });
  const setFlag = (flag: Flag, on: boolean) => void saveSettings({ [flag]: on } as Pick<Settings, Flag>);
  const forgotten = settings.ignoredHints.length + settings.dismissedBoxes.length;
  return (
    <section aria-labelledby="tone-heading">
      <h2 id="tone-heading">Tone hints</h2>
      <Checkbox
        label="Inline hints on LinkedIn"
        checked={settings.inlineHints}
        onChange={(on) => setFlag('inlineHints', on)}
      />
      <Checkbox
        label="Show the tone badge"
        checked={!settings.hideBadge}
        onChange={(on) => setFlag('hideBadge', !on)}
      />
      <Checkbox
        label="Read the open conversation: coach my replies, and note what they ask, give, thank and promise"
        checked={settings.readConversations}
        onChange={(on) => setFlag('readConversations', on)}
      />
      <Checkbox
        label="Keep a short excerpt of messages (mine and theirs); off keeps only what was understood"
        checked={settings.storeExcerpts}
        onChange={(on) => setFlag('storeExcerpts', on)}
      />
      {engine ? <RuleToggles rules={engine.TONE_RULES} settings={settings} /> : null}
      <button
        type="button"
        disabled={forgotten === 0}
        onClick={() => void saveSettings({ ignoredHints: [], dismissedBoxes: [] })}
      >
        Show ignored hints again ({forgotten})
      </button>
    </section>
  );
}
