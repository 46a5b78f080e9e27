import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest brings WXT's config (React, aliases) and an in-memory `browser` for storage and messaging.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/component/**/*.test.{ts,tsx}',
      'tests/security/unit/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
  },
});
