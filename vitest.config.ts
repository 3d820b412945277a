// Three suites: unit tests next to the code, integration tests against a real Neo4j (*.int.test.ts),
// end-to-end tests of the viewer in real Chromium (*.e2e.test.ts). scripts/test.sh runs them in turn.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/test/faults/**', '**/node_modules/**'],
          testTimeout: 30_000,
          // Hooks that run the real CLI (a seed build) share two cores with everyone else's tests.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['packages/*/src/**/*.int.test.ts', 'packages/*/test/**/*.int.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // The browser shares two cores with the other projects: a poll's default 1 s is too short under load.
          expect: { poll: { timeout: 20_000 } },
        },
      },
      {
        // Kills, races, a full disk, damaged inputs, listeners that are not Neo4j; prints a summary.
        // GEOKG_FAULTS_FULL=1 (set by .ci/run) adds the slow parts.
        test: {
          name: 'faults',
          include: ['packages/*/test/faults/**/*.test.ts'],
          globalSetup: ['packages/cli/test/faults/summary.ts'],
          testTimeout: 600_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/*/test/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
