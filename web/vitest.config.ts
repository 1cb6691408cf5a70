import { defineConfig } from 'vitest/config';

// Unit tests of the pure-TypeScript parts (graph shaping, URL state, i18n resources):
// no DOM, no browser. The app in a real browser is tested by tests/e2e.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
