import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['plugins/*/src/**/__tests__/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    // Site builds run in beforeAll hooks; a cold build on 2 cores takes a while.
    hookTimeout: 300_000,
    testTimeout: 60_000,
  },
});
