import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.spec.ts'],
    exclude: ['node_modules/**', 'artifacts/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests and spawned servers share two cores; one file at a time keeps them honest.
    fileParallelism: false,
  },
});
