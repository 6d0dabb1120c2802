// ESLint flat config for the whole workspace (`npm run check` runs it per project through Nx).
//
// Choice of rules: catch bugs, not taste. Prettier owns the layout (eslint-config-prettier switches
// off every rule it would fight). On TypeScript we take `recommended` plus the type-aware rules
// that find real defects: promises nobody awaits or that land where a void callback is expected
// (no-floating-promises, no-misused-promises, await-thenable, require-await is left out: an async
// method without await is often an interface), unused variables and imports, `==` and unused
// expressions. React: rules of hooks and exhaustive dependencies. Nx: apps depend on libs, libs
// never on apps, synthesis imports no framework, database or socket driver, and
// projects import each other by package name, never by a relative path.
// Left out on purpose: stylistic and `strict` presets, `no-explicit-any` / `no-unsafe-*` (the code
// reads untyped SQL rows and JSON on purpose, at the edges zod validates), and React Compiler
// rules of react-hooks 7 (the app does not use the compiler).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const typed = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.nx/**',
      '**/.data/**',
      '**/coverage/**',
      'tmp/**',
      'apps/api/src/database/migrations/**',
      'test/e2e/screenshots/**',
      'test/bench/results/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: typed,
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // recommendedTypeChecked, minus the rules that only complain about `any` or about style.
      // react-router's navigate() returns a promise only in data mode, and it never rejects.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'NavigateFunction', package: 'react-router' }] },
      ],
      // JSX handlers: React ignores what they return (pagination and refetch calls of React Query
      // resolve with an error state instead of rejecting); callbacks passed as properties are checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  // Project boundaries (tags in each package.json's "nx" section).
  {
    plugins: { '@nx': nx },
    files: ['apps/**', 'libs/**', 'test/**'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // Shared test data (corpora and their generator in test/fixtures) that the libraries' tests use too.
          allow: ['^(\\.\\./)+test/fixtures/'],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            {
              sourceTag: 'scope:synthesis',
              onlyDependOnLibsWithTags: ['type:lib'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'pg-boss', 'ioredis', 'socket.io*', 'react*', 'express'],
            },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:lib', 'type:app'] },
          ],
        },
      ],
    },
  },
  // The web app: browser globals and the hooks rules.
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Components never call the API: each feature's hooks (use*.ts) own its queries and mutations.
  {
    files: ['apps/web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api-client'],
              importNames: ['api', 'call'],
              message: "Call the API from the feature's hooks (use<Feature>.ts), not from a component.",
            },
          ],
        },
      ],
    },
  },
  // Plain JavaScript (configs, runners, scripts): Node, no type information.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
