import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous, since the suite must pass on a busy 2-core machine running several suites at once; the waits inside
    // the tests (the harness's settle(), a child's exit) fail sooner, saying what they were waiting for.
    testTimeout: 120_000,
    // An end-to-end file plays a month through the service before its tests.
    hookTimeout: 300_000,
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
  },
});
