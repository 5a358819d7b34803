// ESLint for the whole project (`npm run lint`; kept in tests/ because the top level is fixed).
// Beside the recommended rules, import rules mirror tests/unit/architecture.test.ts, so an editor
// shows a wrong-way import where it is typed: src/lib is pure, islands do not reach build-time
// code, and the build machinery (src/build) is used only where its README says.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

const FRAMEWORK_AND_IO = ['astro', 'astro:*', 'astro/*', 'preact', 'preact/*', 'leaflet', 'fs', 'fs/*', 'node:*'];
const BUILD_INTERNALS = ['**/build/build.ts', '**/build/shard.ts', '**/build/placeholder.ts'];

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'public/**',
      'data/**',
      '.astro/**',
      '.build-cache/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: BUILD_INTERNALS, message: 'The build machinery is used only where src/build/README.md says.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [],
          patterns: [
            { group: FRAMEWORK_AND_IO, message: 'src/lib is pure domain code: no framework, browser or file system.' },
            {
              group: ['**/server/*', '**/components/*', '**/islands/*', '**/pages/*', '**/build/*', '**/import/*'],
              message: 'src/lib imports only src/lib.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'performance', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}', 'src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/*', 'node:*', 'fs'],
              message: 'Browser code may not reach build-time code that reads data/.',
            },
            { group: BUILD_INTERNALS, message: 'The build machinery is used only where src/build/README.md says.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/middleware.ts', 'src/server/page-data.ts', 'src/build/**/*.ts', 'tests/**/*.{ts,mjs}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests break raw JSON records on purpose (a missing field, a wrong type) before parsing them.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
