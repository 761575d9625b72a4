import { defineConfig } from 'vitest/config';

// End-to-end tests in a real Firefox (Debian's firefox-esr over WebDriver BiDi) with the built
// Firefox extension (.output/firefox-mv3); no fakes here.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
