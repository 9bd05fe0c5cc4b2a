import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      'playground/server/data/**',
      'test-results/**',
      'playwright-report/**',
      '.paddock-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // core/ holds framework-free stores: React stays out so they can be tested and reused without a renderer.
    files: ['packages/builder-ui/src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'core/ must not import React: put React glue in hooks/.' },
            { name: 'react-dom', message: 'core/ must not import React: put React glue in hooks/.' },
          ],
          patterns: [
            {
              group: ['react/*', 'react-dom/*', '@tanstack/react-*', '@radix-ui/*'],
              message: 'core/ is framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // The SDK is framework-free too.
    files: ['packages/client-sdk/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@mastra/*'],
              message: 'client-sdk has no React and no @mastra runtime dependency.',
            },
          ],
        },
      ],
    },
  },
);
