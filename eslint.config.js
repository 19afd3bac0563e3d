import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/**
 * The layers and what each may not import (STYLE.md "Boundaries the linter keeps";
 * bulletproof-react's import/no-restricted-paths zones). Imports flow one way:
 * notes ← graph ← ui, routes is pure, and the Node-only layers (site, cli) never reach the app.
 */
const LAYER_ZONES = [
  {
    target: './src/notes',
    from: ['./src/graph', './src/ui', './src/routes', './src/site', './src/cli', './src/local'],
    message: 'src/notes is the pure core: it must not import the layers above it.',
  },
  {
    target: './src/graph',
    from: ['./src/ui', './src/site', './src/cli', './src/local'],
    message: 'The map adapter (src/graph) knows the notes, never the UI or the build.',
  },
  {
    target: './src/routes',
    from: ['./src/ui', './src/graph', './src/site', './src/cli', './src/local'],
    message: 'src/routes is the URL scheme only (pure); the route tree lives in src/ui.',
  },
  {
    target: './src/local',
    from: ['./src/ui', './src/site', './src/cli'],
    message:
      'src/local is the browser side of notes opened by the user (store, share codec, worker): it uses the notes, the map and the routes, never the UI or the build.',
  },
  {
    target: ['./src/ui', './src/App.tsx', './src/main.tsx'],
    from: ['./src/site', './src/cli'],
    message: 'The app never imports build-time or Node-only code.',
  },
  {
    target: './src/site',
    from: ['./src/ui'],
    message: 'The build writes pages from the notes and routes, not from React components.',
  },
  {
    target: './src/cli',
    from: ['./src/ui', './src/graph', './src/site'],
    message: 'The command line reads notes; it needs neither the map nor the app.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware rules for the app's code: a switch over a kind must handle every kind, so a new
    // block, relation or command kind cannot be skipped silently (issue 8).
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The pure core runs in Node (CLI, build, tests) and in the browser: it must not reach up
    // into React, the DOM adapter or Cytoscape (STYLE.md, "Imports flow one way").
    files: ['src/notes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'cytoscape', 'cytoscape-*'],
              message: 'src/notes is pure: no React or Cytoscape.',
            },
            {
              group: ['**/ui/**', '**/graph/**', '**/routes/**'],
              message: 'src/notes must not import the layers above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Nothing from the notes is ever inserted as HTML (issue 5, OWASP XSS rules).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never insert notes as HTML.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never insert notes as HTML.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Never insert notes as HTML.',
        },
      ],
    },
  },
);
