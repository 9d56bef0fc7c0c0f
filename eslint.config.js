/**
 * ESLint (flat config) for the TypeScript/React sources, the tests and the Node scripts.
 * `.astro` and Markdown files are checked by `astro check` and the content tests instead.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.tools/', 'node_modules/', 'artifacts/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/workers/**/*.ts'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.ts', 'bench/**/*.{ts,mjs,js}', '*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Astro integrations run in Node at build time.
    files: ['src/integrations/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The service worker template; the offline integration replaces __OFFLINE_CONFIG__ at build time.
    files: ['src/sw/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker, __OFFLINE_CONFIG__: 'readonly' } },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['bench/**/*.{ts,mjs,js}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // The two classic rules are errors, not warnings: a missed dependency is a stale-closure bug.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Legacy calculator hooks that the tool-kernel rewrite (issue 13) replaces: they write refs
    // during render and set state in effects. New code gets the React Compiler rules in full.
    files: [
      'src/components/shared/useSurveyWorker.ts',
      'src/components/kano/PriorityPanel.tsx',
    ],
    rules: { 'react-hooks/refs': 'off', 'react-hooks/set-state-in-effect': 'off', 'react-hooks/immutability': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable table wrapper (role="region" with a label) must be focusable so keyboard
      // users can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // The kernel's index (src/lib/tool/index.ts) also exports the state readers, which import zod.
    // A page module that imports a formatter through it loads and runs zod on every first visit
    // (the Market Damage and customer-value pages did: 27 KB before their first paint), where
    // useToolRestore fetches the readers only when there is a saved state or a link to read.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+(lib/)?tool(/index)?$', message: 'Import the module itself (lib/tool/format, lib/tool/fields, …): the index also loads the zod state readers.' }] }],
      // The first toLocaleString('zh-CN') of a page starts ICU's number formatting: 20 ms on a desktop (Chromium, the SERVQUAL page), in the render that shows an imported table.
      'no-restricted-properties': ['error', { property: 'toLocaleString', message: 'Write numbers with src/lib/tool/format.ts (formatCount, formatNumber, …): one style everywhere, and no Intl start-up in a render.' }],
    },
  },
  {
    rules: {
      // `_unused` parameters document a callback's shape.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
