import type { Settings } from '../lib/schema/settings';
import { updateSettings } from '../lib/settings/storage';
import { TONE_RULES } from '../lib/tone';
import { useSettings } from './use-settings';

type Flag = 'inlineHints' | 'hideBadge' | 'storeExcerpts';

function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(on: boolean): void;
}) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} /> {label}
    </label>
  );
}

/** Tone hints on LinkedIn: on or off, the badge, excerpts of sent messages, each rule, and what was ignored. */
export function ToneSettings() {
  const settings = useSettings();
  const setFlag = (flag: Flag, on: boolean) => void updateSettings({ [flag]: on } as Pick<Settings, Flag>);
  const setRule = (id: string, on: boolean) =>
    void updateSettings({
      disabledRules: on
        ? settings.disabledRules.filter((rule) => rule !== id)
        : [...settings.disabledRules, id],
    });
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
      <fieldset>
        <legend>Rules</legend>
        {TONE_RULES.map((rule) => (
          <div key={rule.id}>
            <Checkbox
              label={rule.title}
              checked={!settings.disabledRules.includes(rule.id)}
              onChange={(on) => setRule(rule.id, on)}
            />
            <p className="hint-why">
              {rule.why} <em>({rule.section})</em>
            </p>
          </div>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={forgotten === 0}
        onClick={() => void updateSettings({ ignoredHints: [], dismissedBoxes: [] })}
      >
        Show ignored hints again ({forgotten})
      </button>
    </section>
  );
}
