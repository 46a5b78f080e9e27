import { defineConfig } from 'vitest/config';

// The e2e suite drives one real Chromium per file; files run one after another to fit a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/security/e2e/**/*.test.ts'],
    // A whole user journey (an import cancelled while saving; 800 people imported, then drawn) took 30–48 s at load 20
    // on 2 cores, and at 60 s two of them timed out in one of three runs there. The steps' own waits (expect.poll
    // below) still bound each signal; this bounds only the journey.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll waits for the product's own signal and returns as soon as it holds; its default of 1 s is a timed
    // assertion in disguise, and on a loaded machine (load 20–30 on 2 cores) it failed a Why-page scroll that did
    // happen. Calls that give their own timeout keep it.
    expect: { poll: { timeout: 15_000 } },
  },
});
