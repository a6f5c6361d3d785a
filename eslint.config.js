import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'bench/dist-scale', 'node_modules', 'test-results', 'graph-data/schema'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // The model is pure: no React, no Cytoscape, no store (STYLE.md "imports flow one way").
    files: ['src/model/**', 'src/export/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'cytoscape',
            'cytoscape-*',
            'zustand',
            '*/store/*',
            '*/canvas/*',
            '*/image/*',
          ],
        },
      ],
    },
  },
  {
    // Only src/canvas and src/image talk to Cytoscape.
    files: ['src/features/**', 'src/store/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'] }],
    },
  },
);
