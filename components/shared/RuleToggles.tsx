import type { RuleKey } from '../../lib/rules/keys';
import type { Settings } from '../../lib/schema/settings';
import { Checkbox } from './Checkbox';
import { saveSettings } from './use-settings';
import { WhyLink } from './WhyLink';

export interface ToggleableRule {
  /** The rule's namespaced settings key: a tone rule and a nudge may share an id, never a key. */
  key: RuleKey;
  title: string;
  why: string;
  section: string;
}

/**
 * Every rule with the reason it exists, grouped under the principle it serves (a link to the "Why?" page), each
 * switchable off.
 */
export function RuleToggles({ rules, settings }: { rules: readonly ToggleableRule[]; settings: Settings }) {
  const setRule = (key: RuleKey, on: boolean) =>
    void saveSettings({
      disabledRules: on
        ? settings.disabledRules.filter((rule) => rule !== key)
        : [...settings.disabledRules, key],
    });
  const sections = [...new Set(rules.map((rule) => rule.section))];
  return (
    <fieldset>
      <legend>Rules, by the principle they serve</legend>
      {sections.map((section) => (
        <div key={section} className="rule-group">
          <h3>
            <WhyLink section={section} />
          </h3>
          {rules
            .filter((rule) => rule.section === section)
            .map((rule) => (
              <div key={rule.key}>
                <Checkbox
                  label={rule.title}
                  checked={!settings.disabledRules.includes(rule.key)}
                  onChange={(on) => setRule(rule.key, on)}
                />
                <p className="hint-why">{rule.why}</p>
              </div>
            ))}
        </div>
      ))}
    </fieldset>
  );
}
