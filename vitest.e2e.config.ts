import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium with the built extension; no fakes here.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
