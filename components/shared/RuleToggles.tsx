import type { RuleKey } from '../../lib/rules/keys';
import type { Settings } from '../../lib/schema/settings';
import { Checkbox } from './Checkbox';
import { saveSettings } from './use-settings';

export interface ToggleableRule {
  /** The rule's namespaced settings key: a tone rule and a nudge may share an id, never a key. */
  key: RuleKey;
  title: string;
  why: string;
  section: string;
}

/** Every rule with the reason it exists and the whitepaper section behind it, each switchable off. */
export function RuleToggles({ rules, settings }: { rules: readonly ToggleableRule[]; settings: Settings }) {
  const setRule = (key: RuleKey, on: boolean) =>
    void saveSettings({
      disabledRules: on
        ? settings.disabledRules.filter((rule) => rule !== key)
        : [...settings.disabledRules, key],
    });
  return (
    <fieldset>
      <legend>Rules</legend>
      {rules.map((rule) => (
        <div key={rule.key}>
          <Checkbox
            label={rule.title}
            checked={!settings.disabledRules.includes(rule.key)}
            onChange={(on) => setRule(rule.key, on)}
          />
          <p className="hint-why">
            {rule.why} <em>({rule.section})</em>
          </p>
        </div>
      ))}
    </fieldset>
  );
}
