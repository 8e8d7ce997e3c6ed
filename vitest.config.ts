import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure code, CDK template assertions), `int` (handlers against
 * DynamoDB Local and s3rver), `e2e` (Playwright + Debian Chromium against the whole local
 * stack). `npm test` runs them in that order (dev/test-all.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'functions/src/**/*.test.ts', 'infra/test/**/*.test.ts', 'dev/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['functions/src/**/*.int.test.ts', 'tests/int/**/*.int.test.ts'],
          globalSetup: ['tests/int/global-setup.ts'],
          setupFiles: ['tests/int/worker-env.ts'],
          // A test waiting for an SMS code may wait up to 50 s behind another test's batch.
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
