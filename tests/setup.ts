import 'fake-indexeddb/auto';

// Correctness only, as vitest.config.ts says: Testing Library's `findBy…` / `waitFor` give up after 1 s by default,
// and on a loaded 2-core machine a component's first render through fake-indexeddb can take longer than that
// (session 6: two component tests failed only under load 25). Waits still end at the first passing check.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 20_000 });
}
