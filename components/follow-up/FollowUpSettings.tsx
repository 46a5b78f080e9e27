import { LEDGER_NUDGES } from '../../lib/engine/nudges';
import { QUEUE_RULES } from '../../lib/engine/rules';
import { nudgeKey, queueKey } from '../../lib/rules/keys';
import { Checkbox } from '../shared/Checkbox';
import { NumberSetting } from '../shared/NumberSetting';
import { RuleToggles } from '../shared/RuleToggles';
import { saveSettings, useSettings } from '../shared/use-settings';
import { NotificationsSetting } from './NotificationsSetting';
import { TagCadences } from './TagCadences';

const FOLLOW_UP_RULES = [
  ...QUEUE_RULES.map((rule) => ({ ...rule, key: queueKey(rule.id) })),
  ...LEDGER_NUDGES.map((nudge) => ({ ...nudge, key: nudgeKey(nudge.id) })),
];

/** Profile capture, the follow-up window, keep-in-touch cadences, weak ties, and each queue rule and nudge. */
export function FollowUpSettings() {
  const settings = useSettings();
  const [, windowEnd] = settings.followUpWindowHours;
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">People and follow-ups</h2>
      <Checkbox
        label="Remember the profiles I open on LinkedIn"
        checked={settings.captureProfiles}
        onChange={(on) => void saveSettings({ captureProfiles: on })}
      />
      <NumberSetting
        label="Follow up within this many hours of meeting someone (the whitepaper says 24–48)"
        value={windowEnd}
        min={1}
        max={24 * 14}
        onSave={(hours) =>
          void saveSettings({ followUpWindowHours: [Math.min(24, hours ?? 48), hours ?? 48] })
        }
      />
      <NumberSetting
        label="Keep in touch with everyone every … days (empty: only where you set a cadence)"
        value={settings.defaultCadenceDays}
        min={1}
        max={3650}
        optional
        onSave={(days) => void saveSettings({ defaultCadenceDays: days })}
      />
      <TagCadences cadences={settings.tagCadences} />
      <NumberSetting
        label="Suggest reviving a weak tie after this many days without contact"
        value={settings.weakTieDays}
        min={7}
        max={3650}
        onSave={(days) => void saveSettings({ weakTieDays: days ?? 180 })}
      />
      <NotificationsSetting enabled={settings.notifications} />
      <RuleToggles rules={FOLLOW_UP_RULES} settings={settings} />
    </section>
  );
}
