import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

const TEXT_KEY_MESSAGE =
  'a plain object keyed by text meets Object.prototype (“constructor”, “__proto__”): use a Map';
/** Syntax that makes or reads plain objects as dictionaries keyed by strings. */
const TEXT_KEYED_OBJECTS = [
  {
    selector: "TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
    message: TEXT_KEY_MESSAGE,
  },
  {
    selector: "TSIndexSignature > Identifier > TSTypeAnnotation > TSStringKeyword",
    message: TEXT_KEY_MESSAGE,
  },
  { selector: "CallExpression[callee.object.name='Object'][callee.property.name='fromEntries']", message: TEXT_KEY_MESSAGE },
  { selector: "BinaryExpression[operator='in'][left.type!='Literal']", message: TEXT_KEY_MESSAGE },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'graph-data', 'test-results', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Text (a concept label, a theme id, a URL parameter) is never the key of a plain object: a
    // document can say “__proto__” or “constructor”, which a plain object already has. Use a Map.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...TEXT_KEYED_OBJECTS],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  {
    // src/core is shared by the CLI and the browser: no React, no DOM, no Node built-ins.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/core must not import Node built-ins.' },
            { group: ['react', 'react-*', 'react/*', '@testing-library/*'], message: 'src/core must not import React.' },
            { group: ['cytoscape', 'cytoscape-*'], message: 'src/core must not import the renderer.' },
            { group: ['fs', 'path', 'os', 'child_process', 'url', 'worker_threads'], message: 'src/core must not import Node built-ins.' },
            { group: ['**/app/**', '**/cli/**'], message: 'src/core must not import app or cli code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    // The core has three parts: the pipeline (text → one graph), the corpus (several graphs and their
    // relations) and the explorer's pure rules. The pipeline knows neither of the other two; the corpus
    // does not know the explorer.
    files: ['src/core/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'worker_threads'], message: 'src/core must not import Node built-ins.' },
            { group: ['react', 'react-*', 'react/*', '@testing-library/*'], message: 'src/core must not import React.' },
            { group: ['cytoscape', 'cytoscape-*'], message: 'src/core must not import the renderer.' },
            { group: ['**/app/**', '**/cli/**'], message: 'src/core must not import app or cli code.' },
            { group: ['**/explorer/**', '**/explorer', '**/corpus/**', '**/corpus'], message: 'the pipeline must not import the corpus or the explorer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/corpus/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'worker_threads'], message: 'src/core must not import Node built-ins.' },
            { group: ['react', 'react-*', 'react/*', '@testing-library/*'], message: 'src/core must not import React.' },
            { group: ['cytoscape', 'cytoscape-*'], message: 'src/core must not import the renderer.' },
            { group: ['**/app/**', '**/cli/**'], message: 'src/core must not import app or cli code.' },
            { group: ['**/explorer/**', '**/explorer'], message: 'the corpus must not import the explorer.' },
          ],
        },
      ],
    },
  },
);
