// ESLint for the whole tree (`npm run check` runs it): typescript-eslint's recommended rules, eslint-plugin-svelte's,
// and the house rules below. Formatting is Prettier's (.prettierrc), not ESLint's.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Relative imports name their file's extension, as the Vite config's loader and Node need: one style everywhere. */
const importExtension = {
  meta: {
    type: 'suggestion',
    messages: { missing: 'a relative import names its file with the extension ("{{source}}")' },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const path = source.value.split('?')[0];
      if (!/^\.\.?\//.test(path)) return;
      if (!/\.[a-z]+$/i.test(path))
        context.report({ node: source, messageId: 'missing', data: { source: source.value } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** What the page runs must not pull in build-time or test-time packages. */
const BROWSER_ONLY = {
  paths: ['fs', 'path', 'url', 'child_process'].map((name) => ({
    name,
    message: 'Node modules are for build scripts, not the page.',
  })),
  patterns: [
    { group: ['zod', 'zod/*'], message: 'zod validates content at build time; the browser gets checked data.' },
    { group: ['vitest', 'vitest/*', '@playwright/*'], message: 'test code stays out of what the browser runs.' },
    { regex: '^node:', message: 'Node modules are for build scripts, not the page.' },
    { regex: '^(\\.\\./)+build/', message: 'build/ runs at build time; the page imports from src/ only.' },
  ],
};

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'geo/node_modules/',
      'bench/node_modules/',
      'tests/engines/node_modules/',
      'test-results/',
      'screenshots/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { local: { rules: { 'import-extension': importExtension } } },
    rules: {
      'local/import-extension': 'error',
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      // Maps and sets here are built afresh inside derived values or plain functions and never mutated in place.
      'svelte/prefer-svelte-reactivity': 'off',
      // A string in braces keeps the spaces at the edge of a block, which the template would otherwise trim.
      'svelte/no-useless-mustaches': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  {
    // The browser's code (its tests may read the real content through build/'s loaders).
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', BROWSER_ONLY] },
  },
  {
    // Tests may run long: a spec is one story of a user's path.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { 'max-lines': 'off' },
  },
);
