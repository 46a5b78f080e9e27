import type { Settings } from '../../lib/schema/settings';
import { TONE_RULES } from '../../lib/tone';
import { Checkbox } from '../shared/Checkbox';
import { RuleToggles } from '../shared/RuleToggles';
import { saveSettings, useSettings } from '../shared/use-settings';

type Flag = 'inlineHints' | 'hideBadge' | 'storeExcerpts';

/** Tone hints on LinkedIn: on or off, the badge, excerpts of sent messages, each rule, and what was ignored. */
export function ToneSettings() {
  const settings = useSettings();
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
        label="Keep a short excerpt of messages I send"
        checked={settings.storeExcerpts}
        onChange={(on) => setFlag('storeExcerpts', on)}
      />
      <RuleToggles rules={TONE_RULES} settings={settings} />
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
