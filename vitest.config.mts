import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['plugins/*/src/**/__tests__/**/*.test.{ts,tsx}', 'tests/docs.test.ts', 'tests/synthetic.test.ts', 'tests/prototype.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/docs.test.ts', 'tests/synthetic.test.ts', 'tests/prototype.test.ts'],
          // Builds the test sites once; the test files read their output.
          globalSetup: ['tests/globalSetup.ts'],
          // A cold build of six locales on 2 cores takes a while.
          hookTimeout: 600_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
