import type { Settings } from '../../lib/schema/settings';
import { Checkbox } from './Checkbox';
import { saveSettings } from './use-settings';

export interface ToggleableRule {
  id: string;
  title: string;
  why: string;
  section: string;
}

/** Every rule with the reason it exists and the whitepaper section behind it, each switchable off. */
export function RuleToggles({ rules, settings }: { rules: readonly ToggleableRule[]; settings: Settings }) {
  const setRule = (id: string, on: boolean) =>
    void saveSettings({
      disabledRules: on
        ? settings.disabledRules.filter((rule) => rule !== id)
        : [...settings.disabledRules, id],
    });
  return (
    <fieldset>
      <legend>Rules</legend>
      {rules.map((rule) => (
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
  );
}
