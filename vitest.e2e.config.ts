import { defineConfig } from 'vitest/config';

// The e2e suite drives one real Chromium per file; files run one after another to fit a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/security/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
