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
    // Correctness only: speed is measured in `npm run bench`, never by a timeout. A loaded 2-core machine can make a
    // heavy test (a 5,000-deep DOM, a live tone check) take several times its idle duration.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
