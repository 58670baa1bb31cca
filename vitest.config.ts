import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // The demo models are imported as assets (src/data/onnx-coverage.ts), as in the site build.
        assetsInclude: ['**/*.onnx'],
        test: {
          name: 'unit',
          // The CLI and harness tests start child processes, which take seconds on a busy 2-core machine.
          testTimeout: 30_000,
          include: [
            'src/**/*.test.ts',
            'functions/**/*.test.ts',
            'db/**/*.test.ts',
            'cli/**/*.test.ts',
            'server/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/*.test.ts',
          ],
        },
      },
      { test: { name: 'api', include: ['test/api/**/*.test.ts'] } },
      { test: { name: 'models', include: ['test/models/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'host', include: ['test/host/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      { test: { name: 'durability', include: ['test/durability/**/*.test.ts'], testTimeout: 60_000, pool: 'forks' } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          // One shared hub and one browser at a time: this machine has two cores.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'edge',
          include: ['test/edge/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
