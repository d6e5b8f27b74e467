// Flat ESLint config. Keeps Electron out of everything that must run under plain Node or in the browser.
import tseslint from 'typescript-eslint';

const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: 'core, shared and test run without Electron: pass what you need in.' },
      ],
      patterns: [{ group: ['electron/*'], message: 'core, shared and test run without Electron.' }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tmp/**', 'test/api/seed-clients/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['electron/core/**', 'shared/**', 'test/**', 'renderer/**', 'electron/headless.ts'],
    rules: noElectron,
  },
);
