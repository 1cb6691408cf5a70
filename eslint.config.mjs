// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// Packages talk to each other through their package names (@verkosto/...), never by
// reaching into another package's folder with a relative path.
const crossPackageImports = ['api', 'web', 'graph-seed', 'tests'].flatMap((pkg) => [
  `../${pkg}/*`,
  `../../${pkg}/*`,
  `../../../${pkg}/*`,
  `../../../../${pkg}/*`,
]);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-typecheck/**',
      '**/coverage/**',
      '.nx/**',
      'data/**',
      'tests/artifacts/**',
      'web/src/api/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: crossPackageImports,
              message:
                'Import another package by its name (@verkosto/...), not by a relative path.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read JSON answers of many shapes; typing each one would hide the assertions.
    files: ['**/*.spec.ts', '**/test/support/**/*.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // web/src has its own api/ folder (the GraphQL client): `../api/...` there stays inside
    // web. From web/src, leaving the package takes at least three levels up.
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: crossPackageImports.filter((p) => p.startsWith('../../../')),
              message:
                'Import another package by its name (@verkosto/...), not by a relative path.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      // Node 20's globals that the scripts (benchmarks, codegen) use.
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'performance', 'fetch', 'FormData', 'Blob'].map((name) => [
          name,
          'readonly',
        ]),
      ),
    },
    // A script may still import one of them (`import { performance } from 'node:perf_hooks'`).
    rules: { 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
  prettier,
);
