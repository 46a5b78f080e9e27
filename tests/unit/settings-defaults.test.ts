import { expect, it } from 'vitest';
import { SettingsSchema } from '../../lib/schema/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

it('keeps the zod-free defaults equal to the schema defaults', () => {
  expect(DEFAULT_SETTINGS).toEqual(SettingsSchema.parse({}));
});
