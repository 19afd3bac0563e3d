import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
